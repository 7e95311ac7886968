// The human view of `netdoc nics`: a table of ports (and how many are hidden), then the findings.
import type {NicsReport, InterfaceRow} from './report.js'
import {renderFindings} from '../../render/findings.js'
import {renderTable, type TableData} from '../../render/table.js'
import {printable} from '../../render/printable.js'
import type {HeardNeighbour, NeighbourSource} from './facts.js'

/** linkWord says a port's link as the ports table shows it: cable / no cable, connected for Wi-Fi, up / down for a software port. */
export function linkWord(row: InterfaceRow): string {
  if (row.name === null) return 'no interface'
  const [linked, unlinked] = row.wireless
    ? ['connected', 'not connected']
    : row.kind === 'virtual' && row.busId === null
      ? ['up', 'down']
      : ['cable', 'no cable']
  if (row.carrier === true) return linked
  if (row.carrier === false) return unlinked
  return row.operstate === 'down' || row.operstate === null ? 'disabled' : 'unknown'
}

function speed(row: InterfaceRow): string {
  if (row.speedMbps === null) return ''
  return `${row.speedMbps >= 1000 ? `${row.speedMbps / 1000}G` : `${row.speedMbps}M`}${row.duplex ? ` ${row.duplex}` : ''}`
}

/** switchPortWords says which device and port a cable goes to, as its announcement tells: "switch office-sw port 7 (Gi0/7)". */
export function switchPortWords(neighbour: HeardNeighbour): string {
  const name = neighbour.systemName ?? neighbour.chassisId ?? neighbour.sourceMac
  const port = neighbour.portId ?? neighbour.portDescription ?? '?'
  const described = neighbour.portDescription !== null && neighbour.portDescription !== port ? ` (${neighbour.portDescription})` : ''
  return printable(`${neighbour.role} ${name} port ${port}${described}`)
}

/** DAEMON_WORDS say which daemon heard an announcement netdoc read rather than heard itself. */
const DAEMON_WORDS: Record<NeighbourSource, string | null> = {
  tcpdump: null,
  lldpcli: 'as lldpd heard it',
  networkctl: 'as systemd-networkd heard it',
}

/** switchPortLines says, for each port listened on, where its cable goes ("eno1 → switch office-sw port 7 (Gi0/7)"), or that nothing said. */
export function switchPortLines(report: NicsReport): string[] {
  return report.interfaces.flatMap(row => {
    if (row.neighbours === null || row.name === null) return []
    if (row.neighbours.length === 0) return [`${row.name} → no switch announced itself (no LLDP or CDP heard)`]
    return row.neighbours.map(neighbour => {
      const extras = [
        neighbour.vlan !== null ? `VLAN ${neighbour.vlan}` : null,
        neighbour.poe !== null ? `PoE ${printable(neighbour.poe)}` : null,
        neighbour.managementAddresses.length > 0 ? `managed at ${printable(neighbour.managementAddresses.join(', '))}` : null,
        DAEMON_WORDS[neighbour.source],
      ].filter(Boolean)
      return `${row.name} → ${switchPortWords(neighbour)}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}`
    })
  })
}

/** nicsTableData lays out the ports as table rows (with a switch port column once the ports were listened on). */
export function nicsTableData(report: NicsReport): TableData {
  const listened = report.interfaces.some(row => row.neighbours !== null)
  const rows = report.interfaces.map(row => [
    row.name ?? '(none)',
    row.wireless ? `${row.kind}, wifi` : row.kind,
    linkWord(row),
    speed(row),
    row.mac ?? '',
    row.addresses.join('\n'),
    row.driver ?? '(none)',
    row.busId ?? '',
    [row.vendor, row.model].filter(Boolean).join('\n'),
    ...(listened ? [(row.neighbours ?? []).map(switchPortWords).join('\n')] : []),
  ])
  const head = ['Port', 'Kind', 'Link', 'Speed', 'MAC', 'Addresses', 'Driver', 'Bus', 'Vendor / model']
  return {head: listened ? [...head, 'Switch port'] : head, rows}
}

/** hiddenSentence says how many software ports the table leaves out and how to see them (`shownBy`), or null when none is. */
export function hiddenSentence(report: NicsReport, shownBy: string): string | null {
  const count = report.hidden.software
  if (count === 0) return null
  return count === 1 ? `1 software port hidden (${shownBy} shows it)` : `${count} software ports hidden (${shownBy} shows them)`
}

/** renderNics draws the ports table, how many software ports it hides, the findings, and the facts that were not checked. */
export function renderNics(report: NicsReport): string {
  const {head, rows} = nicsTableData(report)
  const hidden = hiddenSentence(report, '--all')
  const parts = [
    renderTable(head, rows),
    ...(hidden ? [hidden] : []),
    ...switchPortLines(report),
    '',
    renderFindings(report.findings, 'No problems found with the ports.'),
  ]
  if (report.notChecked.length > 0) {
    parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  }
  return parts.join('\n')
}
