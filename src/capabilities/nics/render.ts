// The human view of `netdoc nics`: a table of ports (and how many are hidden), then the findings.
import type {NicsReport, InterfaceRow} from './report.js'
import {renderFindings} from '../../render/findings.js'
import {renderTable, type TableData} from '../../render/table.js'

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

/** nicsTableData lays out the ports as table rows. */
export function nicsTableData(report: NicsReport): TableData {
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
  ])
  return {head: ['Port', 'Kind', 'Link', 'Speed', 'MAC', 'Addresses', 'Driver', 'Bus', 'Vendor / model'], rows}
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
    '',
    renderFindings(report.findings, 'No problems found with the ports.'),
  ]
  if (report.notChecked.length > 0) {
    parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  }
  return parts.join('\n')
}
