// The report as Markdown, to paste into an e-mail or a chat: every value made printable, then escaped where it lands.
import type {Finding} from '../engine/finding.js'
import type {FullReport} from '../report/full-report.js'
import {markdownCode, markdownLiteral, markdownText} from './markup.js'
import {networkSummary} from './network-picture.js'
import {printableDeep} from './printable.js'
import {signalWords} from './signal-picture.js'
import {reportDocument, reportTitle, severityWord, type Block} from './report-document.js'
import type {TableData} from './table.js'

/** cell is one table cell: each of netdoc's lines in it escaped literally (its pipes too), joined by <br>. */
function cell(text: string): string {
  return text.split('\n').map(markdownLiteral).join('<br>') || ' '
}

function table({head, rows}: TableData): string {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

/** bold writes text in bold; trimmed, since ** next to a space would not be bold but shown. */
function bold(text: string): string {
  return `**${markdownText(text.trim())}**`
}

function finding(f: Finding): string {
  return [
    `${bold(`${severityWord(f.severity)}: ${f.title}`)} ${markdownCode(f.id)}`,
    ...f.evidence.map(fact => `- evidence: ${markdownText(fact)}`),
    ...f.next.map(step => `- next: ${markdownText(step)}`),
  ].join('\n')
}

function item(text: string): string {
  return `- ${markdownText(text.trim())}`
}

function block(b: Block, report: FullReport): string {
  switch (b.kind) {
    case 'heading':
      return `## ${markdownText(b.text)}`
    case 'findings':
      return b.findings.length > 0 ? b.findings.map(finding).join('\n\n') : markdownText(b.allClear)
    case 'path':
      return b.steps
        .map(
          (step, index) =>
            `${index + 1}. ${markdownText(step.label.trim())}: ${bold(step.status)}${step.detail ? `, ${markdownText(step.detail)}` : ''}`,
        )
        .join('\n')
    case 'picture':
      return networkSummary(report).map(item).join('\n')
    case 'table':
      return table(b.table)
    case 'signal':
      return item(`Wi-Fi signal of ${b.port}${b.band ? ` (${b.band})` : ''}: ${signalWords(b.dbm)}`)
    case 'lines':
      return b.lines.map(item).join('\n')
  }
}

/** renderReportMarkdown draws the whole report as Markdown, its outside values made printable first (printable.ts). */
export function renderReportMarkdown(raw: FullReport): string {
  const report = printableDeep(raw)
  const parts = reportDocument(report).map(b => block(b, report))
  return [`# ${markdownText(reportTitle(report))}`, ...parts].join('\n\n') + '\n'
}
