// Builds the `netdoc nics` report: the JSON contract's interfaces (the ports that matter), how many are hidden, findings, and what was not checked.
import type {Finding} from '../../engine/finding.js'
import type {Catalog} from '../../explain/catalog.js'
import {runRules} from '../../engine/run-rules.js'
import {logFindings, withLogFindings} from '../../report/log-findings.js'
import {nicRules} from '../../../rules/nic/index.js'
import type {HeardNeighbour, Neighbours, Port, PortKind} from './facts.js'
import {isHardwarePort} from '../../snapshot/ports.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import {trafficPorts} from '../../views/target-route.js'
import {wholeNameTest} from '../../text/patterns.js'

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
  /** neighbours are the LLDP/CDP announcements heard on this port (the switch and its port the cable is in); null when not listened for. */
  neighbours: HeardNeighbour[] | null
}

/** NicsReport is exactly what `netdoc nics --json` prints. */
export interface NicsReport {
  interfaces: InterfaceRow[]
  /** hidden counts the ports left out of interfaces: software ports that carry no default route and that no finding names (0 with --all). */
  hidden: {software: number}
  findings: Finding[]
  notChecked: Gap[]
}

function toRow(port: Port, heard: Neighbours | undefined): InterfaceRow {
  const {name, kind, kindEvidence, wireless, carrier, operstate, speedMbps, duplex, mac, driver, busId, vendor, model, addresses} = port
  const neighbours =
    heard && name !== null && (heard.answeredOn ?? heard.listenedOn).includes(name)
      ? heard.heard.filter(neighbour => neighbour.dev === name)
      : null
  return {
    name,
    kind,
    kindEvidence,
    wireless,
    carrier,
    operstate,
    speedMbps,
    duplex,
    mac,
    driver,
    busId,
    vendor,
    model,
    addresses,
    neighbours,
  }
}

/** namesPort tells whether a finding is about a port or names it in its words (title, evidence, next steps), standing alone. */
export function namesPort(finding: Finding, name: string): boolean {
  if (finding.subject === name) return true
  const names = wholeNameTest([name])
  return [finding.title, ...finding.evidence, ...finding.next].some(names)
}

/** portsThatMatter keeps every hardware port, and the software ports that carry this machine's traffic (trafficPorts), that heard a
 * switch announce itself (`nics --lldp`), or that a finding names. */
export function portsThatMatter(snapshot: Snapshot, findings: readonly Finding[]): Port[] {
  const traffic = trafficPorts(snapshot)
  const heard = new Set((snapshot.nics?.neighbours?.heard ?? []).map(neighbour => neighbour.dev))
  return (snapshot.nics?.ports ?? []).filter(
    port =>
      isHardwarePort(port) ||
      (port.name !== null && (traffic.has(port.name) || heard.has(port.name) || findings.some(finding => namesPort(finding, port.name!)))),
  )
}

/**
 * nicsReport runs the port rules over a snapshot (and the catalog's nic-driver entries over its kernel log lines). Unless `all` is set it
 * shows only the ports that matter (portsThatMatter, over its own findings and `otherFindings`, e.g. a full report's) and counts the rest.
 */
export function nicsReport(
  snapshot: Snapshot,
  all: boolean,
  catalog: Catalog | null = null,
  otherFindings: readonly Finding[] = [],
): NicsReport {
  const kernelLog = snapshot.nics?.kernelLog
  const logged = catalog && kernelLog ? logFindings(kernelLog.lines, `kernel log (${kernelLog.source})`, catalog, ['nic-driver']) : []
  const findings = withLogFindings(runRules(nicRules, snapshot), logged)
  const ports = snapshot.nics?.ports ?? []
  const shown = all ? ports : portsThatMatter(snapshot, [...findings, ...otherFindings])
  return {
    interfaces: shown.map(port => toRow(port, snapshot.nics?.neighbours)),
    hidden: {software: ports.length - shown.length},
    findings,
    notChecked: sectionGaps(snapshot, 'nics'),
  }
}
