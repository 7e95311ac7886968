// What one capability declares: its snapshot section, how the section is collected, the report its command prints, and its part of
// `netdoc report`. Snapshot, replay, report, guide and the commands read the registry (./index.ts) instead of naming each section.
import type {NeighbourRequest} from './nics/neighbours.js'
import type {Finding} from '../engine/finding.js'
import type {Rule} from '../engine/rule.js'
import type {Catalog} from '../explain/catalog.js'
import type {Host} from '../host/host.js'
import type {CapsRequest} from './caps/facts.js'
import type {InternetRequest} from './internet/facts.js'
import type {MailRequest} from './mail/facts.js'
import type {Target} from '../parse/target.js'
import type {Deadline} from '../probe/deadline.js'
import type {Block} from '../render/report-document.js'
import type {Gap, Snapshot} from '../snapshot/snapshot.js'

/** SectionName names a part of the Snapshot that one capability collects (nics, ping, displays…). */
export type SectionName = Exclude<keyof Snapshot, 'format' | 'version' | 'collectedAt' | 'gaps'>

/** CollectRequest is what a whole collection was asked for: the deadline every probe shares, the host to probe (if any), and
 * whether to be quick. */
export interface CollectRequest {
  deadline?: Deadline
  ping?: Target | null
  /** quick skips the waits that only time can answer (the LAN's listening on the cable and its DHCP wait), for `doctor --quick`. */
  quick?: boolean
  /** internet holds the endpoints `netdoc internet` probes; the internet section is collected only with them. */
  internet?: InternetRequest | null
  /** mail holds what `netdoc mail` checks; the mail section is collected only with it. */
  mail?: MailRequest | null
  /** caps holds what `netdoc caps` (or `--caps JOB` of snapshot, report and doctor) asks; the caps section is collected only with it. */
  caps?: CapsRequest | null
  /** wifi says how many times `netdoc wifi` reads each link's signal, a second apart (doctor and report read it once). */
  wifi?: {samples: number} | null
  /** lldp asks the ports' collector to listen for the switch ports (LLDP and CDP), for `nics --lldp`. */
  lldp?: NeighbourRequest | null
}

/** CollectContext is what a capability's collector gets: the snapshot so far (its ports, when they were collected first), the
 * list its gaps go to (tagged with its section afterwards), the machine to collect from, and the request. */
export interface CollectContext extends CollectRequest {
  snapshot: Snapshot
  gaps: Gap[]
  host: Host
}

/** ReportContext is what a capability's report may read besides the snapshot: the message catalog (null when no log line needs
 * it), and, for a capability that `readsOtherFindings`, the findings of every other section of a full report. */
export interface ReportContext {
  catalog: Catalog | null
  otherFindings: readonly Finding[]
}

/** Capability is one thing netdoc looks at, declared once. */
export interface Capability<S extends SectionName = SectionName, K extends string = string, R = unknown> {
  /** section is the capability's key in the Snapshot (and in a snapshot file). */
  section: S
  /** reportKey is its report's key in `netdoc report --json`. */
  reportKey: K
  /** command is how a person runs the capability alone (`nics`, `why-no-ping HOST`), for the views that point there. */
  command: string
  /** collectedFirst marks the section every other collector reads (the ports): it is collected before the others start. */
  collectedFirst?: boolean
  /** wanted tells whether a collection asked for this section can run at all (why-no-ping's probes need a host). */
  wanted?(request: CollectRequest): boolean
  /** rules are the rules its report runs over the snapshot (rules/<domain>/, one rule per file). */
  rules: readonly Rule<Snapshot>[]
  /** collect fills `context.snapshot[section]`. */
  collect(context: CollectContext): Promise<void>
  /** needsCatalog tells whether the section holds log lines worth reading with the message catalog (loading it costs time). */
  needsCatalog?(snapshot: Snapshot): boolean
  /** readsOtherFindings marks a report that depends on the other sections' findings (the ports a finding names are shown). */
  readsOtherFindings?: boolean
  /** report builds the capability's report (its command's --json) from a snapshot that holds its section. */
  report(snapshot: Snapshot, context: ReportContext): R
  /** findings are the report's findings, for `netdoc report`'s verdict list. */
  findings(report: R): Finding[]
  /** verdict is the one finding a full report puts first (why-no-ping's root cause), when the capability has one. */
  verdict?(report: R): Finding
  /** headline is the heading over the picture of the machine in a full report, when the capability has one ("The path to …"). */
  headline?(report: R): string
  /** blocks are the capability's part of the support person's report, in reading order. */
  blocks(report: R): Block[]
}

/** Summary is what a capability's report adds to a full report: the report itself, its verdict (if any) and its other findings. */
export interface Summary<R> {
  report: R
  verdict: Finding | null
  rest: Finding[]
}

/** Declared is a capability as the registry holds it: the declaration, and what the registry reads from it without knowing its
 * report's type (the full report holds each report under the capability's key). */
export type Declared<S extends SectionName, K extends string, R> = Capability<S, K, R> & {
  /** summarize builds the report and splits its findings into the verdict and the rest. */
  summarize(snapshot: Snapshot, context: ReportContext): Summary<R>
  /** blocksOf is the capability's part of the support person's report, from the full report (none when it was not collected). */
  blocksOf(reports: {[key in K]: R | null}): Block[]
  /** headlineOf is its headline over the picture, from the full report, when it has one and was collected. */
  headlineOf(reports: {[key in K]: R | null}): string | null
}

/** capability declares a capability, keeping its section, report key and report type exact (the registry's types follow). */
export function capability<const S extends SectionName, const K extends string, R>(declared: Capability<S, K, R>): Declared<S, K, R> {
  return {
    ...declared,
    summarize(snapshot, context) {
      const report = declared.report(snapshot, context)
      const verdict = declared.verdict?.(report) ?? null
      return {report, verdict, rest: declared.findings(report).filter(finding => finding !== verdict)}
    },
    blocksOf(reports) {
      const report = reports[declared.reportKey]
      return report === null ? [] : declared.blocks(report)
    },
    headlineOf(reports) {
      const report = reports[declared.reportKey]
      return report === null || !declared.headline ? null : declared.headline(report)
    },
  }
}

/** ReportOf is the report type a capability builds. */
export type ReportOf<C> = C extends Capability<SectionName, string, infer R> ? R : never
