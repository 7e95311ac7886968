// The support person's report as a list of blocks (headings, findings, tables, the path), drawn by the Markdown and HTML renderers.
import type {Finding, Severity} from '../engine/finding.js'
import type {FullReport} from '../report/full-report.js'
import type {PathStep} from '../capabilities/ping/report.js'
import {CAPABILITIES} from '../capabilities/index.js'
import type {TableData} from './table.js'

/** Block is one piece of the report, in reading order. */
export type Block =
  | {kind: 'heading'; text: string}
  | {kind: 'findings'; findings: Finding[]; allClear: string}
  | {kind: 'path'; steps: PathStep[]}
  | {kind: 'picture'}
  | {kind: 'table'; table: TableData}
  | {kind: 'lines'; lines: string[]}
  /** signal is a Wi-Fi port's signal strength, drawn as bars (an SVG in HTML, words in Markdown). */
  | {kind: 'signal'; port: string; dbm: number | null; band: string | null}

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

/** reportDocument orders the report: the verdicts first, the picture (and the path), then each capability's details in the
 * registry's order, then what was not checked. */
export function reportDocument(report: FullReport): Block[] {
  const headline = CAPABILITIES.map(declared => declared.headlineOf(report)).find(line => line !== null)
  const blocks: Block[] = [
    {kind: 'heading', text: 'Verdict'},
    {kind: 'findings', findings: report.findings, allClear: 'Nothing wrong found.'},
    {kind: 'heading', text: headline ?? 'This machine and its network'},
    {kind: 'picture'},
    ...CAPABILITIES.flatMap(declared => declared.blocksOf(report)),
  ]
  if (report.notChecked.length > 0)
    blocks.push({kind: 'heading', text: 'Not checked'}, {kind: 'lines', lines: report.notChecked.map(gap => `${gap.fact}: ${gap.reason}`)})
  return blocks
}
