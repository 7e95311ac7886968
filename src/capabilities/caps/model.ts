// The capability questions `netdoc caps` answers, as pure functions of its facts: what a job needs, what the file that really
// runs carries, who starts it (a process as /proc shows it, or a login of the user as PAM and capability.conf would make it), and
// what execve(2) then gives the program (capabilities(7): P'(permitted) = (P(inheritable) & F(inheritable)) | (F(permitted) &
// P(bounding)) | P'(ambient)).
import {CAPABILITY_NAMES, capabilityBit, decodeCapabilityMask} from '../../explain/capabilities.js'
import type {CapsFacts, FileCaps, Job, ProgramStep} from './facts.js'
import {confReading, pamCapPaths, type ConfReading, type PamCapPath} from './pam-stack.js'

/** JOB_CAPABILITIES is what each job needs: reading every file (backup), writing files and keeping owners and modes (restore, a
 * backup's receiving side), raw sockets (ping), a port below 1024 (bind). */
export const JOB_CAPABILITIES: Record<Job, string[]> = {
  backup: ['cap_dac_read_search'],
  restore: ['cap_dac_override', 'cap_fowner', 'cap_chown'],
  ping: ['cap_net_raw'],
  bind: ['cap_net_bind_service'],
}

/** JOB_WORDS says what each job does, for titles. */
export const JOB_WORDS: Record<Job, string> = {
  backup: 'read every file (a backup)',
  restore: "write any file and keep its owner and mode (a backup's receiving side)",
  ping: 'send ping (raw sockets)',
  bind: 'listen on a port below 1024',
}

/** CLOSE_TO_ROOT is the honest warning about the receiving side of a backup. */
export const CLOSE_TO_ROOT =
  'Be aware: cap_dac_override with cap_fowner (write any file, change any mode) is close to root: whoever controls this program can take the machine over in a few steps. It limits accidents, not a determined attacker.'

/** ALL is every capability Linux names, as a mask. */
const ALL = (1n << BigInt(CAPABILITY_NAMES.length)) - 1n

/** maskOf turns capability names into a mask. */
export function maskOf(names: readonly string[]): bigint {
  return names.reduce((mask, name) => {
    const bit = capabilityBit(name)
    return bit === null ? mask : mask | (1n << BigInt(bit))
  }, 0n)
}

const hex = (text: string) => BigInt(`0x${text}`)

/** namesOf lists a mask's capabilities by name. */
export function namesOf(mask: bigint): string[] {
  return decodeCapabilityMask(mask.toString(16)) ?? []
}

/** runningStep is the file that really runs (the last step, when the program resolved to a file). */
export function runningStep(program: CapsFacts['program']): ProgramStep | null {
  const last = program?.steps.at(-1)
  return last && last.kind === 'file' && program?.runs === last.path ? last : null
}

/** FileGrant is what a file gives at execve: its attribute's permitted and inheritable masks and effective flag, whether it is
 * set-uid root (it then runs as root); `ignored` says why an attribute present does nothing (a revision 3 attribute for another
 * user namespace's root). */
export interface FileGrant {
  permitted: bigint
  inheritable: bigint
  effective: boolean
  setuidRoot: boolean
  ignored: string | null
}

/** NO_FILE_CAPS is a program without file capabilities (none named, or a file without the attribute). */
export const NO_FILE_CAPS: FileGrant = {permitted: 0n, inheritable: 0n, effective: false, setuidRoot: false, ignored: null}

/** fileGrant reads a step's attribute and set-uid bit (null when the attribute could not be read); on a nosuid mount it gives nothing. */
export function fileGrant(step: Pick<ProgramStep, 'capsRead' | 'caps' | 'entry' | 'mount'>): FileGrant | null {
  if (step.capsRead === 'unread') return null
  if (step.mount?.nosuid)
    return {
      ...NO_FILE_CAPS,
      ignored: `${step.mount.point} is mounted nosuid: the kernel ignores file capabilities and set-uid on it${step.caps ? ' (this file has capabilities)' : ''}`,
    }
  const setuidRoot = step.entry !== null && (step.entry.mode & 0o4000) !== 0 && step.entry.uid === 0
  const caps: FileCaps | null = step.caps
  if (caps === null) return {...NO_FILE_CAPS, setuidRoot}
  if (caps.rootid !== null && caps.rootid !== 0)
    return {
      ...NO_FILE_CAPS,
      setuidRoot,
      ignored: `the attribute is for the root of a user namespace (rootid=${caps.rootid}); outside it the kernel ignores it`,
    }
  return {permitted: hex(caps.permitted), inheritable: hex(caps.inheritable), effective: caps.effective, setuidRoot, ignored: null}
}

/** Runner is who starts the program: its sets, user ids and no_new_privs; `label` names it for evidence. */
export interface Runner {
  kind: 'process' | 'login'
  label: string
  inheritable: bigint
  permitted: bigint
  bounding: bigint
  ambient: bigint
  /** root is true when its real or effective user id is 0 (execve then gives root every capability of the bounding set). */
  root: boolean
  noNewPrivs: boolean
}

/** LoginModel is the login of the user as PAM would make it, and what decided it. */
export interface LoginModel {
  runner: Runner
  paths: PamCapPath[]
  conf: ConfReading
  reachedBy: string[]
}

/** loginModel builds the user's login: pam_cap (when a login service reaches it) applies the first capability.conf rule that names
 * the user; `all` leaves the inheritable set as it was (empty under sshd), `none` empties it. Null without a user, or when the
 * user is unknown or /etc/pam.d unreadable. */
export function loginModel(facts: CapsFacts): LoginModel | null {
  const user = facts.user
  if (!user || !user.found || user.pamProblem !== null) return null
  const paths = pamCapPaths(user)
  const conf = confReading(user, paths)
  const reachedBy = paths.filter(path => path.reached).map(path => path.service)
  const iab = reachedBy.length > 0 && conf.iab && conf.iab.special === null && conf.iab.unknown.length === 0 ? conf.iab : null
  const inheritable = iab ? maskOf(iab.inheritable) : 0n
  return {
    paths,
    conf,
    reachedBy,
    runner: {
      kind: 'login',
      label: `a login of ${user.name}`,
      inheritable,
      permitted: 0n,
      bounding: iab ? ALL & ~maskOf(iab.dropped) : ALL,
      ambient: iab ? maskOf(iab.ambient) : 0n,
      root: user.uid === 0,
      noNewPrivs: false,
    },
  }
}

/** processRunner is the process /proc showed, as a runner (null when its status could not be read). */
export function processRunner(facts: CapsFacts): Runner | null {
  const status = facts.process?.status
  if (!facts.process || !status) return null
  return {
    kind: 'process',
    label: `process ${facts.process.pid}${status.name ? ` (${status.name})` : ''}`,
    inheritable: hex(status.inheritable),
    permitted: hex(status.permitted),
    bounding: hex(status.bounding),
    ambient: status.ambient === null ? 0n : hex(status.ambient),
    root: status.uid[0] === 0 || status.uid[1] === 0,
    noNewPrivs: status.noNewPrivs === true,
  }
}

/** Exec is what execve gives the program: its permitted, effective and ambient sets, and what no_new_privs took away. */
export interface Exec {
  permitted: bigint
  effective: bigint
  ambient: bigint
  lostToNoNewPrivs: bigint
}

/** granted applies capabilities(7)'s rules: a privileged file (capabilities, or set-uid root) clears the ambient set; root (the
 * runner, or a set-uid root file) gets the bounding set; with no_new_privs (unless `ignoringNoNewPrivs`) set-uid does nothing and
 * the new permitted set cannot exceed the old one. Securebits are taken as the default. */
function granted(runner: Runner, file: FileGrant, ignoringNoNewPrivs: boolean): {permitted: bigint; effective: bigint; ambient: bigint} {
  const noNewPrivs = runner.noNewPrivs && !ignoringNoNewPrivs
  const root = runner.root || (file.setuidRoot && !noNewPrivs)
  const privileged = file.permitted !== 0n || file.inheritable !== 0n || file.effective || root
  const ambient = privileged ? 0n : runner.ambient & runner.permitted & runner.inheritable
  let permitted = (runner.inheritable & (root ? ALL : file.inheritable)) | ((root ? ALL : file.permitted) & runner.bounding) | ambient
  if (noNewPrivs) permitted &= runner.permitted
  return {permitted, effective: root || file.effective ? permitted : ambient & permitted, ambient}
}

/** execOf is what execve gives the program, and what no_new_privs took away. */
export function execOf(runner: Runner, file: FileGrant): Exec {
  const actual = granted(runner, file, false)
  return {...actual, lostToNoNewPrivs: granted(runner, file, true).permitted & ~actual.permitted}
}

/** JobCheck is the answer for a job: what it needs, the file that runs (null: a program without capabilities, none named), who
 * starts it, what it ends with, and what it lacks; `unknown` says what could not be read, when the answer cannot be given. */
export interface JobCheck {
  job: Job
  needed: string[]
  step: ProgramStep | null
  file: FileGrant
  runner: Runner
  login: LoginModel | null
  exec: Exec
  lacking: string[]
}

/** JobUnknown says why a job's answer cannot be given. */
export interface JobUnknown {
  job: Job
  needed: string[]
  unknown: string[]
}

/** jobCheck answers the job: the runner is the process when one was read, else the user's login; null without a job. */
export function jobCheck(facts: CapsFacts): JobCheck | JobUnknown | null {
  const job = facts.request.job
  if (job === null) return null
  const needed = JOB_CAPABILITIES[job]
  const unknown: string[] = []
  const step = runningStep(facts.program)
  let file: FileGrant | null = NO_FILE_CAPS
  if (facts.program) {
    if (step === null) unknown.push(`the file ${facts.program.asked} runs could not be found (${programProblem(facts.program)})`)
    else {
      file = fileGrant(step)
      if (file === null) unknown.push(`the capabilities of ${step.path}: ${step.capsProblem ?? 'unread'}`)
    }
  }
  const login = loginModel(facts)
  const runner = processRunner(facts) ?? login?.runner ?? null
  if (runner === null) unknown.push(runnerProblem(facts))
  if (unknown.length > 0 || file === null || runner === null) return {job, needed, unknown}
  const exec = execOf(runner, file)
  const lacking = needed.filter(name => (exec.effective & maskOf([name])) === 0n)
  return {job, needed, step, file, runner, login, exec, lacking}
}

/** isUnknown tells an unanswerable job from an answered one. */
export function isUnknown(check: JobCheck | JobUnknown | null): check is JobUnknown {
  return check !== null && 'unknown' in check
}

/** answeredJob is the job's answer when it could be given, else null. */
export function answeredJob(facts: CapsFacts | undefined): JobCheck | null {
  if (!facts) return null
  const check = jobCheck(facts)
  return check === null || isUnknown(check) ? null : check
}

function programProblem(program: NonNullable<CapsFacts['program']>): string {
  const last = program.steps.at(-1)
  if (!last) return 'not on PATH'
  if (last.kind === 'missing') return `${last.path} does not exist`
  if (last.kind === 'other') return `${last.path} is not a file`
  return 'too many links or interpreters'
}

function runnerProblem(facts: CapsFacts): string {
  if (facts.process?.problem) return `the process: ${facts.process.problem}`
  const user = facts.user
  if (user && !user.found) return `the user ${user.name} is not in /etc/passwd`
  if (user?.pamProblem) return `the user's login: ${user.pamProblem}`
  return 'who runs the job: name a process (--pid) or a user (--user)'
}

/** setsLacking says, for one capability, which set of the file and the runner lacks it (for evidence). */
export function setsLacking(check: JobCheck, name: string): string[] {
  const bit = maskOf([name])
  const has = (mask: bigint) => (mask & bit) !== 0n
  const where = check.step ? check.step.path : 'a program without file capabilities'
  const lines: string[] = []
  if (!has(check.file.permitted) && !has(check.file.inheritable))
    lines.push(`${where}: ${name} is in neither its permitted nor its inheritable set`)
  else if (!check.file.effective)
    lines.push(`${where}: holds ${name} but without the effective flag (e), so the program must raise it itself`)
  if (!has(check.runner.inheritable)) lines.push(`${check.runner.label}: ${name} is not in its inheritable set`)
  if (!has(check.runner.ambient)) lines.push(`${check.runner.label}: ${name} is not in its ambient set`)
  if (!has(check.runner.bounding)) lines.push(`${check.runner.label}: ${name} is not in its bounding set, so nothing can give it`)
  return lines
}

/** setcapLine is the exact command that puts the job's capabilities on the file: `+ei` where a pam_cap login gives them to the user
 * (only that user's processes then get them), `+ep` otherwise (anyone who runs the file gets them). */
export function setcapLine(needed: readonly string[], path: string, forUser: boolean): string {
  return `sudo setcap ${[...needed].sort().join(',')}+${forUser ? 'ei' : 'ep'} ${path}`
}

/** capabilityConfLine is the rule that gives a user the job's capabilities (`^` makes them ambient too, for programs without file
 * capabilities). */
export function capabilityConfLine(needed: readonly string[], user: string, ambient: boolean): string {
  return `${needed.map(name => (ambient ? `^${name}` : name)).join(',')}  ${user}`
}

/** fixLines are the steps that give the job what it lacks: the setcap line for the file that runs (when a program was named), the
 * capability.conf rule for the user (when one was named and its rule does not give them yet), and for a restore the warning that it is close to root. */
export function fixLines(check: JobCheck, facts: CapsFacts, options: {ambient?: boolean} = {}): string[] {
  const user = facts.user?.found ? facts.user.name : null
  const iab = check.login?.conf.iab
  const granted = iab?.special === null && iab.unknown.length === 0 && check.needed.every(name => iab.inheritable.includes(name))
  return [
    ...(check.step
      ? [`Put the capabilities on the file that really runs: \`${setcapLine(check.needed, check.step.path, user !== null)}\``]
      : []),
    ...(user && !granted
      ? [
          `Give them to ${user} in ${check.login?.conf.path ?? '/etc/security/capability.conf'} (the first line naming the user wins): \`${capabilityConfLine(check.needed, user, options.ambient ?? check.step === null)}\`, then log in again`,
        ]
      : []),
    ...(check.job === 'restore' ? [CLOSE_TO_ROOT] : []),
  ]
}

/** chainWords describes how the program named leads to the file that runs (`/usr/bin/python3 → python3.11 (symlink)`). */
export function chainWords(program: NonNullable<CapsFacts['program']>): string {
  return program.steps
    .map(step =>
      step.kind === 'symlink'
        ? `${step.path} (symlink to ${step.via})`
        : step.kind === 'script'
          ? `${step.path} (script: ${step.via})`
          : step.path,
    )
    .join(' → ')
}

/** maskWords names a mask's capabilities, or "none". */
export function maskWords(mask: bigint): string {
  const names = namesOf(mask)
  return names.length === 0 ? 'none' : names.join(',')
}
