// The human view of `netdoc nics`: a table of ports, then the findings.
import type {NicsReport, InterfaceRow} from '../report/nics-report.js'
import {renderFindings} from './findings.js'
import {renderTable, type TableData} from './table.js'

function link(row: InterfaceRow): string {
  if (row.name === null) return 'no interface'
  const [linked, unlinked] = row.wireless ? ['connected', 'not connected'] : row.kind === 'virtual' && row.busId === null ? ['up', 'down'] : ['cable', 'no cable']
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
    link(row),
    speed(row),
    row.mac ?? '',
    row.addresses.join('\n'),
    row.driver ?? '(none)',
    row.busId ?? '',
    [row.vendor, row.model].filter(Boolean).join('\n'),
  ])
  return {head: ['Port', 'Kind', 'Link', 'Speed', 'MAC', 'Addresses', 'Driver', 'Bus', 'Vendor / model'], rows}
}

/** renderNics draws the ports table, the findings, and the facts that were not checked. */
export function renderNics(report: NicsReport): string {
  const {head, rows} = nicsTableData(report)
  const parts = [renderTable(head, rows), '', renderFindings(report.findings, 'No problems found with the ports.')]
  if (report.notChecked.length > 0) {
    parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  }
  return parts.join('\n')
}
