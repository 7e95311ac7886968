// The support person's report as a list of blocks (headings, findings, tables, the path), drawn by the Markdown and HTML renderers.
import type {Finding, Severity} from '../engine/finding.js'
import type {FullReport} from '../report/full-report.js'
import type {PathStep} from '../report/why-no-ping-report.js'
import {gpuTableData, outputTableData, xSummary} from './displays.js'
import {reservationSentences, summaryLines} from './lan.js'
import {hiddenSentence, nicsTableData} from './nics.js'
import type {TableData} from './table.js'

/** Block is one piece of the report, in reading order. */
export type Block =
  | {kind: 'heading'; text: string}
  | {kind: 'findings'; findings: Finding[]; allClear: string}
  | {kind: 'path'; steps: PathStep[]}
  | {kind: 'picture'}
  | {kind: 'table'; table: TableData}
  | {kind: 'lines'; lines: string[]}

const SEVERITY_WORDS: Record<Severity, string> = {error: 'PROBLEM', warning: 'WARNING', info: 'NOTE'}

/** knownSeverity is the severity itself when netdoc knows it, else info (a report read back from a file may hold anything). */
export function knownSeverity(severity: string): Severity {
  return Object.hasOwn(SEVERITY_WORDS, severity) ? (severity as Severity) : 'info'
}

/** severityWord is the word that opens a finding in the report: PROBLEM, WARNING or NOTE (for a severity netdoc does not know). */
export function severityWord(severity: string): string {
  return SEVERITY_WORDS[knownSeverity(severity)]
}

/** reportTitle is the report's title line. */
export function reportTitle(report: FullReport): string {
  return `netdoc report, ${report.collectedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`
}

/** reportDocument orders the report: the verdicts first, the picture and path, then each section's details, then what was not checked. */
export function reportDocument(report: FullReport): Block[] {
  const blocks: Block[] = [
    {kind: 'heading', text: 'Verdict'},
    {kind: 'findings', findings: report.findings, allClear: 'Nothing wrong found.'},
    {kind: 'heading', text: report.whyNoPing ? `The path to ${report.whyNoPing.target}` : 'This machine and its network'},
    {kind: 'picture'},
  ]
  if (report.whyNoPing) blocks.push({kind: 'path', steps: report.whyNoPing.path})
  if (report.nics) {
    const hidden = hiddenSentence(report.nics, '`netdoc nics --all`')
    blocks.push({kind: 'heading', text: 'Network ports'}, {kind: 'table', table: nicsTableData(report.nics)}, ...(hidden ? [{kind: 'lines' as const, lines: [hidden]}] : []))
  }
  if (report.lan) blocks.push({kind: 'heading', text: 'The LAN'}, {kind: 'lines', lines: [...summaryLines(report.lan.lan), ...reservationSentences(report.lan.lan)]})
  if (report.displays) {
    blocks.push({kind: 'heading', text: 'Graphics cards and monitors'})
    if (report.displays.gpus.length > 0) blocks.push({kind: 'table', table: gpuTableData(report.displays.gpus)})
    if (report.displays.outputs.length > 0) blocks.push({kind: 'table', table: outputTableData(report.displays.outputs)})
    blocks.push({kind: 'lines', lines: xSummary(report.displays.x)})
  }
  if (report.notChecked.length > 0)
    blocks.push({kind: 'heading', text: 'Not checked'}, {kind: 'lines', lines: report.notChecked.map(gap => `${gap.fact}: ${gap.reason}`)})
  return blocks
}
