// The human view of `netdoc lan find`: where the device is now, the devices table, and what was heard from other subnets.
import type {HostRow, LanFindReport} from './find-report.js'
import {renderFindings} from '../../render/findings.js'
import {renderTable} from '../../render/table.js'

function seen(host: HostRow): string {
  if (!host.onLan) return `heard now, asking for ${host.asksFor.join(', ') || 'nothing'}`
  if (host.seen === 'now') return 'answered now'
  return host.confirmedSecondsAgo === null ? 'known from before' : `last answered ${host.confirmedSecondsAgo} s ago`
}

function where(host: HostRow): string {
  const maker = host.vendor ? ` (${host.vendor})` : ''
  if (!host.onLan)
    return `${host.mac}${maker} is on ${host.dev}'s cable with ${host.address}, an address of another subnet${host.asksFor.length > 0 ? `; it asks for the gateway ${host.asksFor.join(', ')}` : ''}.`
  return `${host.mac}${maker} is at ${host.address} on ${host.dev} (${seen(host)}).`
}

/** renderLanFind draws the answer for the query first, then every device found, the findings and what was not checked. */
export function renderLanFind(report: LanFindReport): string {
  const parts: string[] = []
  const swept = report.swept
  if (swept && swept.subnets.length > 0)
    parts.push(
      `Swept ${swept.subnets.map(subnet => `${subnet.cidr} on ${subnet.dev}`).join(', ')} in ${(swept.ms / 1000).toFixed(1)} s (${swept.sent} addresses asked).`,
    )
  for (const skipped of swept?.skipped ?? []) parts.push(`Not swept: ${skipped.cidr} on ${skipped.dev}, ${skipped.reason}.`)
  if (report.query) {
    if (report.hosts.length === 0) parts.push(`No device matching ${JSON.stringify(report.query.input)} was found.`)
    else parts.push(...report.hosts.map(where))
  }
  if (report.hosts.length > 0) {
    parts.push('')
    parts.push(
      renderTable(
        ['Address', 'MAC', 'Maker', 'Port', 'Seen'],
        report.hosts.map(host => [host.address, host.mac, host.vendor ?? '', host.dev, seen(host)]),
      ),
    )
  }
  if (swept?.vendorSource) parts.push(`Makers from ${swept.vendorSource}.`)
  parts.push(
    '',
    renderFindings(
      report.findings.filter(finding => finding.id !== 'lan.reserve-linked-port'),
      'Nothing else heard that looks wrong.',
    ),
  )
  if (report.notChecked.length > 0) parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  return parts.join('\n')
}
