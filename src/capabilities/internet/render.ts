// The human view of `netdoc internet`: the verdict and the state, the way out step by step, then evidence, next steps and gaps.
import {renderFinding, severityLabel} from '../../render/findings.js'
import {paint} from '../../render/style.js'
import {renderTable} from '../../render/table.js'
import type {InternetReport, InternetStep} from './report.js'

const stepColors = {ok: 'green', failed: 'red', 'not checked': 'yellow', 'not used': 'dim'} as const

function renderStep(step: InternetStep, index: number): string {
  const arrow = index === 0 ? '  ' : '→ '
  const status = paint(step.status.toUpperCase().padEnd(11), stepColors[step.status])
  return `  ${arrow}${step.label.padEnd(34)} ${status} ${step.detail}`
}

/** pathLines are the way out as lines, for the human view and `netdoc report`. */
export function pathLines(report: InternetReport): string[] {
  return report.path.map((step, index) => `${index === 0 ? '' : '→ '}${step.label}: ${step.status}, ${step.detail}`)
}

/** renderInternet lays out the report; `verbose` adds a table of every probe. */
export function renderInternet(report: InternetReport, verbose = false): string {
  const verdict = report.verdict
  const lines = [
    `${severityLabel(verdict.severity)}  ${verdict.title}  [${verdict.id}]`,
    `Connectivity: ${report.state}`,
    '',
    'Path:',
    ...report.path.map(renderStep),
  ]
  if (verdict.evidence.length > 0) lines.push('', 'Evidence:', ...verdict.evidence.map(fact => `  - ${fact}`))
  if (verdict.next.length > 0) lines.push('', 'Next:', ...verdict.next.map(step => `  - ${step}`))
  const others = report.findings.filter(finding => finding !== verdict && finding.id !== verdict.id)
  if (others.length > 0) lines.push('', 'Also found:', ...others.map(finding => renderFinding(finding)))
  if (report.notChecked.length > 0) lines.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  if (verbose && report.probes.length > 0) {
    const rows = report.probes.map(probe => [probe.probe, probe.subject, probe.outcome, probe.detail, String(probe.ms)])
    lines.push('', `Probes (endpoints: ${report.endpoints}):`, renderTable(['Probe', 'Subject', 'Outcome', 'Detail', 'ms'], rows))
  }
  return lines.join('\n')
}
