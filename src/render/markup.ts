// How text is written into the reports' markup: the one HTML (and SVG) escaper and the one Markdown escaper. Text from outside
// reaches them already made printable (printable.ts), so neither sees a control character or a line break that data brought.

const HTML_REFERENCES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** escapeHtml makes text safe as HTML or SVG text and as a quoted attribute value: & < > " ' become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => HTML_REFERENCES[char]!)
}

/** MARKDOWN_SPECIAL are the characters CommonMark or GFM would act on anywhere in a line: backslash escapes, code spans,
 * emphasis, links and images, raw HTML and autolinks, entities, a heading's closing marks, table pipes, strikethrough. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&#!|~]/g

/** escapeBlockStart escapes what would open a block where a text starts and is not escaped anyway: a list item (`- `, `+ `,
 * `1. `, `1) `), a thematic break (`---`) or a setext underline (`===`). A digit, dash or plus that opens no block stays as it is. */
function escapeBlockStart(escaped: string): string {
  return escaped.replace(/^[-+](?= |$)|^-(?=[- ]*$)|^=(?=[= ]*$)/, '\\$&').replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2')
}

/** intraword tells whether the character at `at` sits between two letters or digits (where _ can neither open nor close emphasis). */
function intraword(text: string, at: number): boolean {
  return /[A-Za-z0-9]/.test(text[at - 1] ?? '') && /[A-Za-z0-9]/.test(text[at + 1] ?? '')
}

/** markdownLiteral writes text as Markdown that shows exactly that text: every character Markdown would act on is escaped,
 * backticks too (no code span), so it may stand anywhere in a line, a table cell included (its pipes are escaped). An _ inside a
 * word (NETDOC_ROOT, boot_vga) is left as it is, since it cannot emphasise anything there. */
export function markdownLiteral(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char, at: number) => (char === '_' && intraword(text, at) ? char : `\\${char}`))
}

/** codeSpans finds the code spans of a line as CommonMark pairs them: a run of backticks opens one, and the next run of the same
 * length closes it; a run no later run matches is plain text. Returns each span's start and end (after its closing run). */
function codeSpans(text: string): Array<[number, number]> {
  const runs = [...text.matchAll(/`+/g)].map(run => ({start: run.index, length: run[0].length}))
  const spans: Array<[number, number]> = []
  for (let open = 0; open < runs.length; open++) {
    const opening = runs[open]!
    const close = runs.findIndex((run, index) => index > open && run.length === opening.length)
    if (close === -1) continue
    spans.push([opening.start, runs[close]!.start + runs[close]!.length])
    open = close
  }
  return spans
}

/** markdownText writes a line of netdoc's words, with values from outside in them, as Markdown: its code spans (`sudo ip …`)
 * stay code, their contents literal, and everything outside them is escaped, as is a mark that would open a block where the
 * text starts. Spans pair as CommonMark pairs them, so however an outside value's backticks pair up, each `<` or `[` ends up
 * escaped or inside a code span, never raw HTML or a link. */
export function markdownText(text: string): string {
  let written = ''
  let from = 0
  for (const [start, end] of codeSpans(text)) {
    written += markdownLiteral(text.slice(from, start)) + text.slice(start, end)
    from = end
  }
  return escapeBlockStart(written + markdownLiteral(text.slice(from)))
}

/** markdownCode writes text as one code span showing it literally, fenced by more backticks than any run inside it (and padded
 * with a space where it starts or ends with a backtick or a space, which CommonMark then strips); nothing for empty text. */
export function markdownCode(text: string): string {
  if (text === '') return ''
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map(run => run[0].length)) + 1)
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
