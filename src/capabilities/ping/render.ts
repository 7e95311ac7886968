// The human view of `netdoc why-no-ping`: the verdict in plain words, the path picture, then evidence, next steps and what was not checked.
import type {PathStep, WhyNoPingReport} from './report.js'
import {renderFinding, severityLabel} from '../../render/findings.js'
import {paint} from '../../render/style.js'
import {renderTable} from '../../render/table.js'

const stepColors = {ok: 'green', failed: 'red', 'not checked': 'yellow', 'not used': 'dim'} as const

function renderStep(step: PathStep, index: number): string {
  const arrow = index === 0 ? '  ' : '→ '
  const status = paint(step.status.toUpperCase().padEnd(11), stepColors[step.status])
  return `  ${arrow}${step.label.padEnd(34)} ${status} ${step.detail}`
}

/** renderWhyNoPing lays out the report; `verbose` adds a table of every probe. */
export function renderWhyNoPing(report: WhyNoPingReport, verbose = false): string {
  const verdict = report.verdict
  const lines = [`${severityLabel(verdict.severity)}  ${verdict.title}  [${verdict.id}]`, '', 'Path:', ...report.path.map(renderStep)]
  if (verdict.evidence.length > 0) lines.push('', 'Evidence:', ...verdict.evidence.map(fact => `  - ${fact}`))
  if (verdict.next.length > 0) lines.push('', 'Next:', ...verdict.next.map(step => `  - ${step}`))
  const others = report.findings.filter(finding => finding !== verdict && finding.id !== verdict.id)
  if (others.length > 0) lines.push('', 'Also found:', ...others.map(finding => renderFinding(finding)))
  if (report.notChecked.length > 0) lines.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  if (verbose && report.probes.length > 0) {
    const rows = report.probes.map(probe => [probe.probe, probe.subject, probe.outcome, probe.detail, String(probe.ms)])
    lines.push('', 'Probes:', renderTable(['Probe', 'Subject', 'Outcome', 'Detail', 'ms'], rows))
  }
  return lines.join('\n')
}
