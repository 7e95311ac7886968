// The doctor's human view: one line per verdict with its first next step, then what was not checked; the evidence is one
// command away (`netdoc report`, or the section's own command).
import {CAPABILITIES} from '../capabilities/index.js'
import type {DoctorReport} from '../report/doctor-report.js'
import {severityLabel} from './findings.js'
import {paint} from './style.js'

/** renderDoctor lays out the verdicts, most serious first, each with what to do next. */
export function renderDoctor(report: DoctorReport): string {
  const lines = [`Checked: ${report.checked.join(', ') || 'nothing'}.`, '']
  if (report.findings.length === 0) lines.push(paint('Nothing wrong found.', 'green'))
  for (const finding of report.findings) {
    lines.push(`${severityLabel(finding.severity)}  ${finding.title}  [${finding.id}]`)
    if (finding.next[0]) lines.push(`   next: ${finding.next[0]}`)
  }
  if (report.notChecked.length > 0) {
    lines.push('', 'Not checked:')
    for (const gap of report.notChecked) lines.push(`   ${gap.fact}: ${gap.reason}`)
  }
  const commands = CAPABILITIES.filter(declared => report.checked.includes(declared.section)).map(
    declared => `\`netdoc ${declared.command}\``,
  )
  lines.push('', `The evidence for each verdict: \`netdoc report\`${commands.length > 0 ? ` (or ${commands.join(', ')})` : ''}.`)
  return lines.join('\n')
}
