// Builds `netdoc report`: every capability's report from one snapshot (src/capabilities/), with all verdicts gathered first.
import type {ReportOf, Summary} from '../capabilities/capability.js'
import {CAPABILITIES, type Registered} from '../capabilities/index.js'
import type {Catalog} from '../explain/catalog.js'
import {bySeverity, type Finding} from '../engine/finding.js'
import type {Gap, Snapshot} from '../snapshot/snapshot.js'
import {defaultGateway} from '../views/default-routes.js'

/** SectionReports holds each capability's report under its report key (null when its section was not collected). */
export type SectionReports = {[C in Registered as C['reportKey']]: ReportOf<C> | null}

/** FullReport is exactly what `netdoc report --json` prints: the verdicts, then each section's own report (null when not collected). */
export type FullReport = {
  collectedAt: string
  /** findings are every section's findings, the why-no-ping verdict first, then most serious first. */
  findings: Finding[]
} & SectionReports & {
    /** router is the default gateway and the port its route leaves by, from the routing table (null without one). */
    router: {address: string; port: string} | null
    notChecked: Gap[]
  }

function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter(finding => {
    const key = `${finding.id}\u0000${finding.subject ?? ''}\u0000${finding.title}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function defaultRouter(snapshot: Snapshot): FullReport['router'] {
  const route = defaultGateway(snapshot.nics)
  return route ? {address: route.gateway, port: route.dev} : null
}

/** sectionSummaries runs the report of every capability whose section the snapshot holds, in the registry's order; those that
 * read the other sections' findings run last, over all of them. */
function sectionSummaries(snapshot: Snapshot, catalog: Catalog | null): {declared: Registered; summary: Summary<unknown>}[] {
  const held = CAPABILITIES.filter(declared => snapshot[declared.section] !== undefined)
  const done = new Map<Registered, Summary<unknown>>()
  for (const declared of held.filter(d => !d.readsOtherFindings))
    done.set(declared, declared.summarize(snapshot, {catalog, otherFindings: []}))
  const earlier = [...done.values()].flatMap(summary => [...(summary.verdict ? [summary.verdict] : []), ...summary.rest])
  for (const declared of held.filter(d => d.readsOtherFindings))
    done.set(declared, declared.summarize(snapshot, {catalog, otherFindings: earlier}))
  return held.map(declared => ({declared, summary: done.get(declared)!}))
}

/** fullReport runs every section's report over the snapshot; a pure function of it (and of the message catalog, for the logs). */
export function fullReport(snapshot: Snapshot, catalog: Catalog | null = null): FullReport {
  const summaries = sectionSummaries(snapshot, catalog)
  const verdicts = summaries.flatMap(({summary}) => (summary.verdict ? [summary.verdict] : []))
  const rest = summaries.flatMap(({summary}) => summary.rest)
  // Object.fromEntries cannot say which report goes with which key; each capability's report is under its own key by construction.
  const reports = Object.fromEntries(
    CAPABILITIES.map(declared => [declared.reportKey, summaries.find(held => held.declared === declared)?.summary.report ?? null]),
  )
  return {
    collectedAt: snapshot.collectedAt,
    findings: distinct([...verdicts, ...rest.sort(bySeverity)]),
    ...(reports as SectionReports),
    router: defaultRouter(snapshot),
    notChecked: snapshot.gaps,
  }
}
