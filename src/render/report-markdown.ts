// The report as Markdown, to paste into an e-mail or a chat.
import type {Finding} from '../engine/finding.js'
import type {FullReport} from '../report/full-report.js'
import {networkSummary} from './network-picture.js'
import {reportDocument, reportTitle, type Block} from './report-document.js'
import type {TableData} from './table.js'

const marks = {error: 'PROBLEM', warning: 'WARNING', info: 'NOTE'} as const

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>') || ' '
}

function table({head, rows}: TableData): string {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)].join('\n')
}

function finding(f: Finding): string {
  return [
    `**${marks[f.severity]}: ${f.title}** \`${f.id}\``,
    ...f.evidence.map(fact => `- evidence: ${fact}`),
    ...f.next.map(step => `- next: ${step}`),
  ].join('\n')
}

function block(b: Block, report: FullReport): string {
  switch (b.kind) {
    case 'heading':
      return `## ${b.text}`
    case 'findings':
      return b.findings.length > 0 ? b.findings.map(finding).join('\n\n') : b.allClear
    case 'path':
      return b.steps.map((step, index) => `${index + 1}. ${step.label}: **${step.status}**${step.detail ? `, ${step.detail}` : ''}`).join('\n')
    case 'picture':
      return networkSummary(report).map(line => `- ${line}`).join('\n')
    case 'table':
      return table(b.table)
    case 'lines':
      return b.lines.map(line => `- ${line.trim()}`).join('\n')
  }
}

/** renderReportMarkdown draws the whole report as Markdown. */
export function renderReportMarkdown(report: FullReport): string {
  const parts = reportDocument(report).map(b => block(b, report))
  return [`# ${reportTitle(report)}`, ...parts].join('\n\n') + '\n'
}
