// Builds the `netdoc mail` report from a Snapshot: the verdict (the first failing address, in the chain's order, most serious
// first), every finding, one row per sending address, the HELO name, the probes and what was not checked.
import {bySeverity, type Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {mailRules} from '../../../rules/mail/index.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import type {ProbeRecord} from '../ping/facts.js'
import {checkedSenders, isDecided, readHelo, readSender, type SenderReading} from './classify.js'
import type {Hop, MailFacts, SenderSource} from './facts.js'

/** UNDETERMINED_ID is the verdict when DNS could not decide (silence, REFUSED, SERVFAIL) or there was nothing to check. */
export const UNDETERMINED_ID = 'netdoc.undetermined'

/** SenderStatus is one address's result: it passes, it fails, it is a risk, DNS could not say, or it was not asked about. */
export type SenderStatus = 'ok' | 'failed' | 'warning' | 'undetermined' | 'not checked'

/** SenderRow is one sending address as the report shows it. */
export interface SenderRow {
  address: string
  label: string
  source: SenderSource
  hop: number | null
  status: SenderStatus
  /** ptr are the address's PTR names (empty when it has none, or they could not be read). */
  ptr: string[]
  detail: string
}

/** HeloRow is this machine's mail server's greeting name, where it was read and what it resolves to. */
export interface HeloRow {
  mta: 'postfix' | 'exim'
  path: string
  setting: string
  name: string
  defaulted: boolean
  addresses: string[]
  status: SenderStatus
}

/** MailReport is exactly what `netdoc mail --json` prints. */
export interface MailReport {
  verdict: Finding
  findings: Finding[]
  servers: string[]
  serversFrom: 'resolv.conf' | '--server'
  senders: SenderRow[]
  hops: Hop[]
  helo: HeloRow | null
  probes: ProbeRecord[]
  notChecked: Gap[]
}

function undecidedFinding(facts: MailFacts, snapshot: Snapshot): Finding | null {
  const readings = checkedSenders(facts)
  const undecided = readings.filter(reading => !isDecided(reading))
  if (readings.length > 0 && undecided.length === 0) return null
  const details = undecided.flatMap(reading =>
    reading.ptr.kind === 'unknown' ? [reading.ptr.detail] : reading.names.filter(name => name.kind === 'unknown').map(name => name.detail),
  )
  const skipped = facts.senders
    .filter(sender => sender.skipped !== null)
    .map(sender => `${sender.label}: ${sender.address}: not checked, ${sender.skipped}`)
  const nothing = readings.length === 0
  return {
    id: UNDETERMINED_ID,
    severity: 'warning',
    title: nothing
      ? 'netdoc found no public sending address to check'
      : `DNS could not decide the PTR check of ${undecided.map(reading => reading.sender.address).join(', ')}`,
    evidence: [
      ...(nothing && facts.input === null && facts.headersFile === null
        ? ['this machine holds no public-looking address on a port with link: it sends mail out through another server']
        : []),
      ...(nothing && facts.input !== null && facts.resolved.length > 0
        ? [`${facts.input} has no address: ${facts.resolved.map(answer => `${answer.server}: ${answer.outcome}`).join(', ')}`]
        : []),
      ...(nothing && facts.headersFile !== null
        ? [`${facts.headersFile}: ${facts.hops.length} Received: headers, none with a public address`]
        : []),
      ...details,
      ...skipped,
      ...sectionGaps(snapshot, 'mail').map(gap => `not checked: ${gap.fact}: ${gap.reason}`),
    ],
    next: nothing
      ? [
          'Name the server that sends the mail out: `netdoc mail mail.example.org` (or its address), or give a bounce: `netdoc mail --headers FILE`.',
        ]
      : [
          "What would decide it: an answer from a DNS server (silence, REFUSED or SERVFAIL says nothing about the PTR). Ask another one with `--server ADDRESS` (the provider's resolver, or a public one such as 9.9.9.9), or give it a longer --timeout.",
        ],
  }
}

function statusOf(reading: SenderReading, findings: readonly Finding[]): SenderStatus {
  const own = findings.filter(finding => finding.subject === reading.sender.address && finding.id !== UNDETERMINED_ID)
  if (own.some(finding => finding.severity === 'error')) return 'failed'
  if (own.some(finding => finding.severity === 'warning')) return 'warning'
  return isDecided(reading) ? 'ok' : 'undetermined'
}

function detailOf(reading: SenderReading): string {
  if (reading.ptr.kind === 'unknown') return reading.ptr.detail
  if (reading.ptr.kind === 'none')
    return `no PTR (${reading.ptr.answer.outcome === 'nxdomain' ? 'NXDOMAIN' : 'NODATA'} from ${reading.ptr.answer.server})`
  const names = reading.names.map(name => `${name.name}: ${name.kind === 'confirmed' ? `resolves back` : name.detail}`)
  return [...names, ...reading.generic.map(({name, reason}) => `${name} looks generic: ${reason}`)].join('; ')
}

function senderRows(facts: MailFacts, findings: readonly Finding[]): SenderRow[] {
  return facts.senders.map(sender => {
    const base = {address: sender.address, label: sender.label, source: sender.source, hop: sender.hop}
    if (sender.skipped !== null) return {...base, status: 'not checked' as const, ptr: [], detail: sender.skipped}
    const reading = readSender(sender)
    return {
      ...base,
      status: statusOf(reading, findings),
      ptr: reading.ptr.kind === 'names' ? reading.ptr.names : [],
      detail: detailOf(reading),
    }
  })
}

function heloRow(facts: MailFacts, findings: readonly Finding[]): HeloRow | null {
  const helo = facts.helo
  const reading = readHelo(helo)
  if (!helo || !reading) return null
  const status = findings.some(finding => finding.id === 'mail.helo-mismatch')
    ? 'warning'
    : reading.kind === 'unknown'
      ? 'undetermined'
      : 'ok'
  const {forward: _forward, ...rest} = helo
  return {...rest, addresses: reading.addresses, status}
}

/** orderFindings puts the findings most serious first, then in the order of the addresses they are about (the chain's first
 * hop first), then in the rules' causal order. */
function orderFindings(findings: Finding[], facts: MailFacts): Finding[] {
  const place = (finding: Finding) => {
    const at = facts.senders.findIndex(sender => sender.address === finding.subject)
    return at === -1 ? facts.senders.length : at
  }
  const rank = (finding: Finding) => {
    const at = mailRules.findIndex(rule => rule.id === finding.id)
    return at === -1 ? mailRules.length : at
  }
  return [...findings].sort((a, b) => bySeverity(a, b) || place(a) - place(b) || rank(a) - rank(b))
}

/** mailReport runs the rules over the snapshot; the verdict is the first problem found, else the undetermined finding when DNS
 * could not decide an address (or there was none to check), else the good news. */
export function mailReport(snapshot: Snapshot): MailReport {
  const facts: MailFacts = snapshot.mail ?? {
    input: null,
    headersFile: null,
    servers: [],
    serversFrom: 'resolv.conf',
    resolved: [],
    hops: [],
    rejection: null,
    senders: [],
    machineAddresses: [],
    helo: null,
    probes: [],
  }
  const found = orderFindings(runRules(mailRules, {...snapshot, mail: facts}), facts)
  const undecided = undecidedFinding(facts, snapshot)
  const problems = found.filter(finding => finding.severity !== 'info')
  const findings = [...problems, ...(undecided ? [undecided] : []), ...found.filter(finding => finding.severity === 'info')]
  return {
    verdict: findings[0]!,
    findings,
    servers: facts.servers,
    serversFrom: facts.serversFrom,
    senders: senderRows(facts, findings),
    hops: facts.hops,
    helo: heloRow(facts, findings),
    probes: facts.probes,
    notChecked: snapshot.gaps.filter(gap => gap.section === undefined || gap.section === 'nics' || gap.section === 'mail'),
  }
}
