// Builds the `netdoc nics` report: the JSON contract's interfaces, findings, and what was not checked.
import {bySeverity, type Finding} from '../engine/finding.js'
import type {Catalog} from '../explain/catalog.js'
import {runRules} from '../engine/run-rules.js'
import {logFindings} from './log-findings.js'
import {nicRules} from '../../rules/nic/index.js'
import type {Port, PortKind} from '../snapshot/nics.js'
import {isHardwarePort} from '../snapshot/ports.js'
import {sectionGaps, type Gap, type Snapshot} from '../snapshot/snapshot.js'

/** InterfaceRow is one port in the JSON contract of `netdoc nics`. */
export interface InterfaceRow {
  name: string | null
  kind: PortKind
  /** kindEvidence is the fact that decided the kind, e.g. "it sits in PCI slot 2". */
  kindEvidence: string
  wireless: boolean
  carrier: boolean | null
  operstate: string | null
  speedMbps: number | null
  duplex: string | null
  mac: string | null
  driver: string | null
  busId: string | null
  vendor: string | null
  model: string | null
  addresses: string[]
}

/** NicsReport is exactly what `netdoc nics --json` prints. */
export interface NicsReport {
  interfaces: InterfaceRow[]
  findings: Finding[]
  notChecked: Gap[]
}

function toRow(port: Port): InterfaceRow {
  const {name, kind, kindEvidence, wireless, carrier, operstate, speedMbps, duplex, mac, driver, busId, vendor, model, addresses} = port
  return {name, kind, kindEvidence, wireless, carrier, operstate, speedMbps, duplex, mac, driver, busId, vendor, model, addresses}
}

/** nicsReport runs the port rules over a snapshot (and the catalog's nic-driver entries over its kernel log lines), keeping hardware ports only unless `all` is set. */
export function nicsReport(snapshot: Snapshot, all: boolean, catalog: Catalog | null = null): NicsReport {
  const kernelLog = snapshot.nics?.kernelLog
  const logged = catalog && kernelLog ? logFindings(kernelLog.lines, `kernel log (${kernelLog.source})`, catalog, ['nic-driver']) : []
  const ports = snapshot.nics?.ports ?? []
  return {
    interfaces: ports.filter(port => all || isHardwarePort(port)).map(toRow),
    findings: [...runRules(nicRules, snapshot), ...logged].sort(bySeverity),
    notChecked: sectionGaps(snapshot, 'nics'),
  }
}
