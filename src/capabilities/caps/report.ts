// Builds the `netdoc caps` report from a Snapshot: the verdict, every finding, the program's files with their capabilities as
// getcap prints them, the process's five sets decoded, and the user's PAM stacks and capability.conf rule.
import {capsRules} from '../../../rules/caps/index.js'
import type {Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {capabilityText, decodeCapabilityMask} from '../../explain/capabilities.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import type {CapsFacts, FileCaps, Job} from './facts.js'
import {isUnknown, jobCheck, JOB_CAPABILITIES, loginModel} from './model.js'

/** UNDETERMINED_ID is the verdict when the facts cannot decide. */
export const UNDETERMINED_ID = 'netdoc.undetermined'

/** CapsStep is one file on the way to the one that runs, as the report shows it. */
export interface CapsStep {
  path: string
  kind: 'symlink' | 'script' | 'file' | 'missing' | 'other'
  via: string | null
  owner: number | null
  group: number | null
  /** mode is the permission bits in octal (`4755`), null when unknown. */
  mode: string | null
  /** capabilities is the attribute as `getcap` prints it (`cap_net_raw=ep`), null when there is none or it was not read. */
  capabilities: string | null
  rootid: number | null
  capsRead: 'read' | 'none' | 'unread'
  /** mount is the mount the file lies on and whether it is nosuid (its capabilities then do nothing), null when unknown. */
  mount: {point: string; nosuid: boolean} | null
}

/** CapsSet is one of a process's sets: its mask as /proc prints it and its names. */
export interface CapsSet {
  mask: string
  names: string[]
}

/** CapsReport is exactly what `netdoc caps --json` prints. */
export interface CapsReport {
  request: CapsFacts['request']
  /** needs are the capabilities the job needs ([] without --for). */
  needs: string[]
  /** verdict is the first finding by precedence, caps.ok, netdoc.undetermined, or null when no job was named and nothing is wrong. */
  verdict: Finding | null
  findings: Finding[]
  program: {asked: string; runs: string | null; steps: CapsStep[]} | null
  process: {
    pid: number
    source: 'given' | 'parent'
    name: string | null
    uid: number[]
    sets: {inheritable: CapsSet; permitted: CapsSet; effective: CapsSet; bounding: CapsSet; ambient: CapsSet | null} | null
    noNewPrivs: boolean | null
    problem: string | null
  } | null
  user: {
    name: string
    found: boolean
    uid: number | null
    groups: string[]
    pam: {service: string; pamCap: string | null; reached: boolean; endedBy: string | null}[]
    capabilityConf: {path: string; exists: boolean; match: string | null; inheritable: string[]; ambient: string[]} | null
  } | null
  notChecked: Gap[]
}

/** fileCapsText is a file's attribute as getcap prints it (the effective flag covers every capability it holds). */
export function fileCapsText(caps: FileCaps): string {
  const permitted = BigInt(`0x${caps.permitted}`)
  const inheritable = BigInt(`0x${caps.inheritable}`)
  return capabilityText({permitted, inheritable, effective: caps.effective ? permitted | inheritable : 0n})
}

function set(mask: string): CapsSet {
  return {mask, names: decodeCapabilityMask(mask) ?? []}
}

function programView(program: CapsFacts['program']): CapsReport['program'] {
  if (!program) return null
  return {
    asked: program.asked,
    runs: program.runs,
    steps: program.steps.map(step => ({
      path: step.path,
      kind: step.kind,
      via: step.via,
      owner: step.entry?.uid ?? null,
      group: step.entry?.gid ?? null,
      mode: step.entry ? step.entry.mode.toString(8).padStart(4, '0') : null,
      capabilities: step.caps ? fileCapsText(step.caps) : null,
      rootid: step.caps?.rootid ?? null,
      capsRead: step.capsRead,
      mount: step.mount,
    })),
  }
}

function processView(process: CapsFacts['process']): CapsReport['process'] {
  if (!process) return null
  const status = process.status
  return {
    pid: process.pid,
    source: process.source,
    name: status?.name ?? null,
    uid: status?.uid ?? [],
    sets: status
      ? {
          inheritable: set(status.inheritable),
          permitted: set(status.permitted),
          effective: set(status.effective),
          bounding: set(status.bounding),
          ambient: status.ambient === null ? null : set(status.ambient),
        }
      : null,
    noNewPrivs: status?.noNewPrivs ?? null,
    problem: process.problem,
  }
}

function userView(facts: CapsFacts): CapsReport['user'] {
  const user = facts.user
  if (!user) return null
  const login = loginModel(facts)
  const at = (place: {file: string; line: number; text: string} | null) =>
    place ? `${place.file} line ${place.line}: ${place.text}` : null
  return {
    name: user.name,
    found: user.found,
    uid: user.uid,
    groups: user.groups,
    pam: (login?.paths ?? []).map(path => ({
      service: path.service,
      pamCap: at(path.capLine),
      reached: path.reached,
      endedBy: at(path.endedBy),
    })),
    capabilityConf: login
      ? {
          path: login.conf.path,
          exists: login.conf.text !== null,
          match: login.conf.match ? `line ${login.conf.match.line}: ${login.conf.match.text}` : null,
          inheritable: login.conf.iab?.inheritable ?? [],
          ambient: login.conf.iab?.ambient ?? [],
        }
      : null,
  }
}

function undetermined(facts: CapsFacts, unknown: string[]): Finding {
  return {
    id: UNDETERMINED_ID,
    severity: 'warning',
    title: `netdoc could not decide whether the job gets ${JOB_CAPABILITIES[facts.request.job!].join(', ')}`,
    evidence: unknown.map(line => `not known: ${line}`),
    next: [
      ...(facts.program && facts.program.runs === null
        ? [`What would decide it: the program itself: install ${facts.program.asked}, or name the program the job runs (PROGRAM).`]
        : []),
      ...(unknown.some(line => line.startsWith('the capabilities of'))
        ? ["What would decide it: the file's capabilities: install getfattr (package attr), or run `getcap FILE` and read it."]
        : []),
      ...(unknown.some(line => line.startsWith('who runs') || line.startsWith('the process') || line.startsWith('the user'))
        ? ['What would decide it: who starts the job: a process (--pid) or a user (--user).']
        : []),
    ],
  }
}

/** capsReport runs the caps rules over the snapshot; a pure function of it. */
export function capsReport(snapshot: Snapshot): CapsReport {
  const facts = snapshot.caps
  if (!facts) throw new Error('capsReport needs a snapshot with a caps section')
  const findings = runRules(capsRules, snapshot)
  const check = jobCheck(facts)
  if (isUnknown(check) && !findings.some(finding => finding.severity === 'error')) findings.push(undetermined(facts, check.unknown))
  const job: Job | null = facts.request.job
  const gaps = sectionGaps(snapshot, 'caps')
  const securebits: Gap[] = facts.process
    ? [
        {
          fact: `securebits of process ${facts.process.pid}`,
          reason: 'the kernel shows them only to the process itself (prctl PR_GET_SECUREBITS); taken as the default',
          section: 'caps',
        },
      ]
    : []
  return {
    request: facts.request,
    needs: job ? JOB_CAPABILITIES[job] : [],
    verdict: findings[0] ?? null,
    findings,
    program: programView(facts.program),
    process: processView(facts.process),
    user: userView(facts),
    notChecked: [...gaps, ...securebits],
  }
}
