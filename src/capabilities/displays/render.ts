// The human view of `netdoc displays`: the cards, the outputs and monitors, the X screens and log messages, then the findings.
import type {Finding} from '../../engine/finding.js'
import type {DisplaysReport, GpuRow, OutputRow, XReport} from './report.js'
import {renderExplainMatch} from '../../render/explain.js'
import {renderFindings} from '../../render/findings.js'
import {renderTable, type TableData} from '../../render/table.js'

function yesNo(value: boolean | null): string {
  return value === null ? '?' : value ? 'yes' : 'no'
}

/** gpuTableData lays out the graphics cards as table rows. */
export function gpuTableData(gpus: GpuRow[]): TableData {
  const rows = gpus.map(gpu => [
    gpu.busId,
    [gpu.vendor, gpu.model].filter(Boolean).join('\n') || `${gpu.vendorId ?? '?'}:${gpu.deviceId ?? '?'}`,
    gpu.driver ?? '(none)',
    yesNo(gpu.bootVga),
    gpu.xScreens === null ? '?' : gpu.xScreens.length > 0 ? gpu.xScreens.join(', ') : '(none)',
  ])
  return {head: ['Bus', 'Vendor / model', 'Driver', 'Boot display', 'X screens'], rows}
}

function gpuTable(gpus: GpuRow[]): string {
  if (gpus.length === 0) return 'No graphics card on the PCI bus.'
  const {head, rows} = gpuTableData(gpus)
  return renderTable(head, rows)
}

/** outputTableData lays out the outputs and their monitors as table rows. */
export function outputTableData(outputs: OutputRow[]): TableData {
  const rows = outputs.map(output => [
    output.card ?? output.busId ?? '?',
    output.connector,
    output.status === 'connected' && output.enabled === false ? 'connected, off' : output.status,
    output.monitor ?? (output.edidError ? `(EDID unreadable: ${output.edidError})` : output.status === 'connected' ? '(no name)' : ''),
    output.source === 'kernel' ? (output.preferredMode ?? '') : 'from the X log',
  ])
  return {head: ['Card', 'Output', 'Status', 'Monitor', 'Mode'], rows}
}

function outputTable(outputs: OutputRow[]): string {
  if (outputs.length === 0) return 'No outputs known: the kernel lists no connectors and the X log names no monitor.'
  const {head, rows} = outputTableData(outputs)
  return renderTable(head, rows)
}

/** xSummary describes the session, the X log and configuration, and the X screens, one line each. */
export function xSummary(x: XReport): string[] {
  const lines = [`Session: ${x.session}${x.sessionEvidence.length > 0 ? ` (${x.sessionEvidence.join('; ')})` : ''}`]
  if (!x.hintsApply)
    lines.push('X server hints do not apply to a Wayland session; the X facts below are from an X run, shown for reference.')
  if (x.log === null) lines.push('X server log: none found.')
  else
    lines.push(
      `X server log: ${x.log}${x.serverVersion ? ` (X.Org ${x.serverVersion})` : ''}${x.logError ? ` — unreadable: ${x.logError}` : ''}`,
    )
  if (x.configFiles.length > 0) lines.push(`X configuration: ${x.configFiles.join(', ')}`)
  else
    lines.push(
      x.configNamedByLog
        ? `X configuration: ${x.configNamedByLog}, according to the log (not readable here)`
        : 'X configuration: none (X configures itself)',
    )
  for (const problem of x.configErrors) lines.push(`  ${problem.path}: ${problem.error}`)
  for (const screen of x.screens) {
    const names = [screen.identifier && `Screen "${screen.identifier}"`, screen.device && `Device "${screen.device}"`]
      .filter(Boolean)
      .join(', ')
    const kind = screen.gpuScreen ? `GPU screen G${screen.number}` : `X screen ${screen.number}`
    lines.push(`  ${kind} → ${screen.busId ?? 'unknown card'} (${screen.driver})${names ? `, ${names}` : ''}`)
  }
  if (x.xinerama !== null) lines.push(`  Xinerama: ${x.xinerama ? 'on' : 'off'}`)
  if (x.fatal) lines.push(`  The server stopped: ${x.fatal}`)
  return lines
}

/** xMessages shows the X log's recognised messages that are not findings of their own (info-level ones, those a root cause explains,
 * those of a Wayland session): a message that became a finding is shown once, among the findings. */
function xMessages(x: XReport, findings: readonly Finding[]): string[] {
  const messages = x.messages.filter(match => !findings.some(finding => finding.id === match.id))
  if (messages.length === 0) return []
  const heading = x.hintsApply
    ? `What the X log says (${x.log}):`
    : `What the X log says (${x.log}; from an X run, not this Wayland session):`
  return [heading, '', ...messages.map(match => renderExplainMatch(match, true) + '\n')]
}

/** renderDisplays draws the cards and outputs tables, the X summary, the findings, and what was not checked. */
export function renderDisplays(report: DisplaysReport): string {
  const parts = [
    'Graphics cards',
    gpuTable(report.gpus),
    '',
    'Outputs and monitors',
    outputTable(report.outputs),
    '',
    ...xSummary(report.x),
    '',
    ...xMessages(report.x, report.findings),
    renderFindings(report.findings, 'No problems found with the graphics cards, monitors or X.'),
  ]
  if (report.notChecked.length > 0) parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  return parts.join('\n')
}
