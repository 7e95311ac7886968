// The human view of `netdoc wifi`: one table of the wireless ports, a line per port with its history, then the findings.
import {renderFindings} from '../../render/findings.js'
import {signalWords} from '../../render/signal-picture.js'
import {renderTable, type TableData} from '../../render/table.js'
import {describeRetries, describeSamples} from './model.js'
import type {WifiPortRow, WifiReport} from './report.js'

function state(port: WifiPortRow): string {
  if (port.blocked.hard) return 'blocked (switch)'
  if (port.blocked.soft) return 'blocked (software)'
  return port.associated === null ? '?' : port.associated ? 'connected' : 'not connected'
}

/** wifiTableData lays out the wireless ports as table rows. */
export function wifiTableData(ports: WifiPortRow[]): TableData {
  const rows = ports.map(port => [
    port.port,
    state(port),
    [port.ssid, port.bssid, port.maker].filter(Boolean).join('\n'),
    port.band ? `${port.band} ch ${port.channel}` : '',
    port.associated ? [signalWords(port.signal), describeSamples(port)].filter(Boolean).join('\n') : '',
    port.txBitrate !== null ? `${port.txBitrate} Mbit/s${port.standard ? `\n${port.standard}` : ''}` : '',
    port.security ?? '',
  ])
  return {head: ['Port', 'State', 'Network', 'Channel', 'Signal', 'Rate', 'Security'], rows}
}

/** wifiLines are the facts below the table: neighbours, history, regulatory domain. */
export function wifiLines(report: WifiReport): string[] {
  const lines: string[] = []
  for (const port of report.ports) {
    const counters = describeRetries(port)
    if (counters) lines.push(`${port.port}: station counters: ${counters}`)
    if (port.neighbours)
      lines.push(
        `${port.port}: ${port.neighbours.seen} networks in the last scan, ${port.neighbours.sharingChannel} sharing this channel${port.neighbours.bestChannel !== null ? `; freest channel: ${port.neighbours.bestChannel} (${port.neighbours.bestChannelSharing})` : ''}`,
      )
    if (port.history.length > 0)
      lines.push(`${port.port}: ${port.disconnects} disconnects this boot; latest events:`, ...port.history.map(line => `  ${line}`))
  }
  lines.push(`Regulatory domain: ${report.regulatory ?? 'not known'}`)
  return lines
}

/** renderWifi draws the ports table, the lines, the findings and what was not checked. */
export function renderWifi(report: WifiReport): string {
  const parts = [
    'Wi-Fi',
    report.ports.length > 0
      ? renderTable(...(Object.values(wifiTableData(report.ports)) as [string[], string[][]]))
      : 'No Wi-Fi port on this machine.',
    '',
    ...wifiLines(report),
    '',
    renderFindings(report.findings, 'No problems found with the Wi-Fi.'),
  ]
  if (report.notChecked.length > 0) parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  return parts.join('\n')
}
