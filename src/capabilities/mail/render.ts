// The human view of `netdoc mail`: the verdict, one line per sending address (the chain's hops in order), the HELO name, then
// evidence, next steps, other findings and what was not checked.
import {renderFinding, severityLabel} from '../../render/findings.js'
import {paint} from '../../render/style.js'
import {renderTable} from '../../render/table.js'
import type {MailReport, SenderRow, SenderStatus} from './report.js'

const statusColors = {ok: 'green', failed: 'red', warning: 'yellow', undetermined: 'yellow', 'not checked': 'dim'} as const

function status(value: SenderStatus): string {
  return paint(value.toUpperCase().padEnd(12), statusColors[value])
}

/** senderLines are the sending addresses as lines, for the human view and `netdoc report`. */
export function senderLines(report: MailReport): string[] {
  const lines = report.senders.map((row: SenderRow) => `${row.label}: ${row.address}: ${row.status}, ${row.detail}`)
  if (report.helo)
    lines.push(`HELO ${report.helo.name} (${report.helo.mta}): ${report.helo.status}, ${report.helo.addresses.join(', ') || 'no address'}`)
  return lines
}

/** renderMail lays out the report; `verbose` adds a table of every DNS question. */
export function renderMail(report: MailReport, verbose = false): string {
  const verdict = report.verdict
  const lines = [`${severityLabel(verdict.severity)}  ${verdict.title}  [${verdict.id}]`, '']
  lines.push(
    `Sending addresses (DNS: ${report.servers.join(', ') || 'none'}${report.serversFrom === '--server' ? ', given with --server' : ''}):`,
  )
  for (const row of report.senders) lines.push(`  ${status(row.status)} ${row.address}  ${row.label}`, `               ${row.detail}`)
  if (report.senders.length === 0) lines.push('  (none)')
  if (report.helo) {
    const helo = report.helo
    const where = helo.defaulted
      ? `${helo.mta}: ${helo.path} sets no name, so the machine's name`
      : `${helo.mta}: ${helo.setting} in ${helo.path}`
    lines.push(
      '',
      'HELO name:',
      `  ${status(helo.status)} ${helo.name}  (${where})`,
      `               ${helo.addresses.join(', ') || 'no address'}`,
    )
  }
  if (verdict.evidence.length > 0) lines.push('', 'Evidence:', ...verdict.evidence.map(fact => `  - ${fact}`))
  if (verdict.next.length > 0) lines.push('', 'Next:', ...verdict.next.map(step => `  - ${step}`))
  const others = report.findings.slice(1)
  if (others.length > 0) lines.push('', 'Also found:', ...others.map(finding => renderFinding(finding)))
  if (report.notChecked.length > 0) lines.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  if (verbose && report.probes.length > 0) {
    const rows = report.probes.map(probe => [probe.probe, probe.subject, probe.outcome, probe.detail, String(probe.ms)])
    lines.push('', 'DNS questions:', renderTable(['Probe', 'Subject', 'Outcome', 'Detail', 'ms'], rows))
  }
  return lines.join('\n')
}
