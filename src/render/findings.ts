// Findings in plain words: the verdict, the evidence that decided it, and what to do next.
import type {Finding} from '../engine/finding.js'
import {paint} from './style.js'

const marks = {error: 'PROBLEM', warning: 'WARNING', info: 'NOTE'} as const
const colors = {error: 'red', warning: 'yellow', info: 'dim'} as const

/** severityLabel is the coloured word that opens a finding's block: PROBLEM, WARNING or NOTE. */
export function severityLabel(severity: Finding['severity']): string {
  return paint(marks[severity], colors[severity])
}

/** renderFinding lays out one finding as a short block of text. */
export function renderFinding(finding: Finding): string {
  const lines = [`${severityLabel(finding.severity)}  ${finding.title}  [${finding.id}]`]
  for (const fact of finding.evidence) lines.push(`   evidence: ${fact}`)
  for (const step of finding.next) lines.push(`   next:     ${step}`)
  return lines.join('\n')
}

/** renderFindings lays out every finding, or a line saying nothing is wrong. */
export function renderFindings(findings: Finding[], allClear = 'Nothing wrong found.'): string {
  if (findings.length === 0) return paint(allClear, 'green')
  return findings.map(renderFinding).join('\n\n')
}
