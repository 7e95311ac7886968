// The report as one self-contained HTML page (no scripts, no external files): verdicts first, a picture, then the details. Every
// value is made printable and escaped, and a Content-Security-Policy forbids scripts and fetches should anything slip through.
import type {Finding} from '../engine/finding.js'
import type {FullReport} from '../report/full-report.js'
import {escapeHtml} from './markup.js'
import {networkPicture} from './network-picture.js'
import {printableDeep} from './printable.js'
import {signalSvg} from './signal-picture.js'
import {knownSeverity, reportDocument, reportTitle, severityWord, type Block} from './report-document.js'
import type {TableData} from './table.js'

/** CONTENT_SECURITY_POLICY lets the page use its own inline style and nothing else: no script, no image, font, frame or style
 * from anywhere, no base URL, no form. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

const style = `body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#222;line-height:1.45}
h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
.finding{border-left:6px solid #8a8a8a;background:#f7f7f7;padding:10px 14px;margin:12px 0;border-radius:4px}
.finding.error{border-color:#c62828;background:#fdecea}.finding.warning{border-color:#ef6c00;background:#fff4e5}
.finding .mark{font-weight:bold;margin-right:8px}.finding.error .mark{color:#c62828}.finding.warning .mark{color:#ef6c00}
.finding code{color:#555;font-size:12px}.finding ul{margin:6px 0 0 0;padding-left:20px}
.clear{color:#2e7d32;font-weight:bold}table{border-collapse:collapse;margin:10px 0;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}
.status-ok{color:#2e7d32;font-weight:bold}.status-failed{color:#c62828;font-weight:bold}.status-other{color:#8a6d00;font-weight:bold}`

/** text escapes a value for the page; a line break netdoc put in (data's own are shown as \n by now) becomes <br>. */
function text(value: string): string {
  return escapeHtml(value).replace(/\n/g, '<br>')
}

function finding(f: Finding): string {
  const items = [...f.evidence.map(fact => `<li>evidence: ${text(fact)}</li>`), ...f.next.map(step => `<li>next: ${text(step)}</li>`)]
  return `<div class="finding ${escapeHtml(knownSeverity(f.severity))}"><span class="mark">${text(severityWord(f.severity))}</span>${text(f.title)} <code>${text(f.id)}</code><ul>${items.join('')}</ul></div>`
}

function table({head, rows}: TableData): string {
  const header = `<tr>${head.map(cell => `<th>${text(cell)}</th>`).join('')}</tr>`
  return `<table>${header}${rows.map(row => `<tr>${row.map(cell => `<td>${text(cell)}</td>`).join('')}</tr>`).join('')}</table>`
}

function block(b: Block, report: FullReport): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${text(b.text)}</h2>`
    case 'findings':
      return b.findings.length > 0 ? b.findings.map(finding).join('') : `<p class="clear">${text(b.allClear)}</p>`
    case 'path':
      return `<ol>${b.steps
        .map(step => {
          const tone = step.status === 'ok' ? 'ok' : step.status === 'failed' ? 'failed' : 'other'
          return `<li>${text(step.label)}: <span class="status-${tone}">${text(step.status)}</span>${step.detail ? `, ${text(step.detail)}` : ''}</li>`
        })
        .join('')}</ol>`
    case 'picture':
      return `<figure>${networkPicture(report)}</figure>`
    case 'table':
      return table(b.table)
    case 'signal':
      return `<figure>${signalSvg(b.port, b.dbm, b.band)}</figure>`
    case 'lines':
      return `<ul>${b.lines.map(line => `<li>${text(line.trim())}</li>`).join('')}</ul>`
  }
}

/** renderReportHtml draws the whole report as one self-contained HTML page, its outside values made printable first (printable.ts). */
export function renderReportHtml(raw: FullReport): string {
  const report = printableDeep(raw)
  const title = reportTitle(report)
  const body = reportDocument(report)
    .map(b => block(b, report))
    .join('\n')
  const head = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}"><title>${text(title)}</title><style>${style}</style>`
  return `<!DOCTYPE html>\n<html lang="en"><head>${head}</head>\n<body><h1>${text(title)}</h1>\n${body}\n</body></html>\n`
}
