// Builds `netdoc doctor`: every capability's verdicts from one snapshot (the same run as `netdoc report`), most serious first,
// and what could not be checked.
import {CAPABILITIES} from '../capabilities/index.js'
import type {SectionName} from '../capabilities/capability.js'
import {bySeverity, type Finding} from '../engine/finding.js'
import type {Catalog} from '../explain/catalog.js'
import type {Gap, Snapshot} from '../snapshot/snapshot.js'
import {fullReport} from './full-report.js'

/** DoctorReport is exactly what `netdoc doctor --json` prints. */
export interface DoctorReport {
  collectedAt: string
  /** checked lists the sections the run looked at (nics, lan, displays…), in the registry's order. */
  checked: SectionName[]
  /** findings are every section's findings, most serious first. */
  findings: Finding[]
  notChecked: Gap[]
}

/** doctorReport keeps, of the full report, what a volunteer acts on: the verdicts and what was not checked. */
export function doctorReport(snapshot: Snapshot, catalog: Catalog | null = null): DoctorReport {
  const full = fullReport(snapshot, catalog)
  return {
    collectedAt: full.collectedAt,
    checked: CAPABILITIES.filter(declared => snapshot[declared.section] !== undefined).map(declared => declared.section),
    findings: [...full.findings].sort(bySeverity),
    notChecked: full.notChecked,
  }
}
