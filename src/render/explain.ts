// `netdoc explain` in plain words: each recognised message, what it means, likely causes in order, what to check next.
import {MAX_LINE, type ExplainMatch, type ExplainResult} from '../explain/explain-text.js'
import {severityLabel} from './findings.js'
import {paint} from './style.js'

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`
}

function seen(match: ExplainMatch, whole: boolean): string {
  const where = match.lines.first === match.lines.last ? `line ${match.lines.first}` : `lines ${match.lines.first}–${match.lines.last}`
  return whole ? `${times(match.count)}, ${where}: ${match.example}` : match.example
}

function block(label: string, items: string[]): string[] {
  const pad = ' '.repeat(label.length)
  return items.map((item, index) => `   ${index === 0 ? label : pad}${item}`)
}

/** renderExplainMatch lays out one recognised message as a short block of text. */
export function renderExplainMatch(match: ExplainMatch, whole: boolean): string {
  const lines = [`${severityLabel(match.severity)}  ${match.title}  [${match.id}]`]
  lines.push(...block('seen:     ', [seen(match, whole)]))
  if (match.details.length > 0)
    lines.push(...block('with:     ', [match.details.map(d => (d.count === 1 ? d.value : `${d.value} (×${d.count})`)).join('; ')]))
  lines.push(...block('means:    ', [match.meaning]))
  lines.push(
    ...block(
      'causes:   ',
      match.causes.map((cause, index) => `${index + 1}. ${cause}`),
    ),
  )
  lines.push(...block('next:     ', match.next))
  return lines.join('\n')
}

/** renderExplain lays out the whole result; `whole` says the input was a log (show counts and line numbers). */
export function renderExplain(result: ExplainResult, whole: boolean): string {
  const cut =
    result.longLines > 0
      ? [
          `${result.longLines} ${result.longLines === 1 ? 'line was' : 'lines were'} longer than ${MAX_LINE} characters; only the first ${MAX_LINE} of each were read.`,
        ]
      : []
  if (result.matches.length === 0) {
    return [
      paint('Nothing in this text is a message netdoc knows.', 'bold'),
      `${result.unmatched} ${result.unmatched === 1 ? 'line' : 'lines'} read; none matched the catalog. What to capture next:`,
      ...result.capture.map(step => `   - ${step}`),
      ...cut,
    ].join('\n')
  }
  const blocks = result.matches.map(match => renderExplainMatch(match, whole))
  if (result.unmatched > 0)
    blocks.push(`${result.unmatched} other ${result.unmatched === 1 ? 'line' : 'lines'} matched nothing netdoc knows.`)
  return [...blocks, ...cut].join('\n\n')
}
