// Builds `netdoc report`: every section's report from one snapshot, with all verdicts gathered first.
import type {Catalog} from '../explain/catalog.js'
import {bySeverity, type Finding} from '../engine/finding.js'
import type {Gap, Snapshot} from '../snapshot/snapshot.js'
import {defaultGateway} from '../views/default-routes.js'
import {displaysReport, type DisplaysReport} from './displays-report.js'
import {lanReport, type LanReport} from './lan-report.js'
import {nicsReport, type NicsReport} from './nics-report.js'
import {whyNoPingReport, type WhyNoPingReport} from './why-no-ping-report.js'

/** FullReport is exactly what `netdoc report --json` prints: the verdicts, then each section's own report (null when not collected). */
export interface FullReport {
  collectedAt: string
  /** findings are every section's findings, the why-no-ping verdict first, then most serious first. */
  findings: Finding[]
  whyNoPing: WhyNoPingReport | null
  nics: NicsReport | null
  displays: DisplaysReport | null
  lan: LanReport | null
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

/** fullReport runs every section's report over the snapshot; a pure function of it (and of the message catalog, for the X log). */
export function fullReport(snapshot: Snapshot, catalog: Catalog | null = null): FullReport {
  const whyNoPing = snapshot.ping ? whyNoPingReport(snapshot) : null
  const lan = snapshot.lan ? lanReport(snapshot) : null
  const nics = snapshot.nics ? nicsReport(snapshot, false, catalog, [...(whyNoPing?.findings ?? []), ...(lan?.findings ?? [])]) : null
  const displays = snapshot.displays ? displaysReport(snapshot, catalog ? {ok: true, value: catalog} : null) : null
  const rest = [...(whyNoPing?.findings.filter(f => f !== whyNoPing.verdict) ?? []), ...(nics?.findings ?? []), ...(lan?.findings ?? []), ...(displays?.findings ?? [])]
  return {
    collectedAt: snapshot.collectedAt,
    findings: distinct([...(whyNoPing ? [whyNoPing.verdict] : []), ...rest.sort(bySeverity)]),
    whyNoPing,
    nics,
    displays,
    lan,
    router: defaultRouter(snapshot),
    notChecked: snapshot.gaps,
  }
}
