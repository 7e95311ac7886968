// Hostile strings for the report renderers, and the shape a Markdown parser and an HTML reader see in a rendered report.
import MarkdownIt from 'markdown-it'

/** HOSTILE_STRINGS are values a stranger's LAN, log or snapshot may hold, by name: markup and script, links and images, Markdown that
 * would format or start a block, backticks that would leave a code span, terminal escapes, bidi overrides, NUL, line breaks, size. */
export const HOSTILE_STRINGS: Record<string, string> = {
  'img onerror': '<img src=x onerror=alert(1)>',
  'style then script': '</style><script>alert(1)</script>',
  'title then script': '</title><script>alert(1)</script><title>',
  'attribute break (double quote)': '"><svg onload=alert(1)>',
  'attribute break (single quote)': "' onmouseover='alert(1)' x='",
  'javascript: link in Markdown': '[x](javascript:alert(1))',
  'javascript: link in HTML': '<a href="javascript:alert(1)">click</a>',
  'image and autolink': '![i](http://127.0.0.1/x.png) <http://127.0.0.1/y> <javascript:alert(1)>',
  'link reference definition': '[ref]: javascript:alert(1)',
  'backticks around markup': '`a`<b>`',
  'backtick runs of two': '``<img src=x onerror=alert(1)>`` ` ``',
  'backslash before a backtick': '\\`<img src=x>\\` \\\\`[y](javascript:alert(1))`',
  'emphasis and heading': '*bold* _em_ # head ~~strike~~',
  'block starts': '- item',
  'ordered list start': '1. one',
  'thematic break': '---',
  'indented code': '    code <b>x</b>',
  'table pipes': '| a | b |\\|c',
  'entities': '&lt;script&gt; &#60;img src=x&#62; &amp;',
  'OSC 52 clipboard write': '\x1b]52;c;SGVsbG8=\x07',
  'screen clear': '\x1b[2J\x1b[H',
  'C1 CSI': '\u009b2J',
  'bidi override': 'evil\u202etxt.exe\u2066',
  'NUL': 'a\x00b',
  'line breaks': 'one\n# two\r\n> three\u2028<script>alert(1)</script>\u2029- four',
  '100 kB': '<img src=x onerror=alert(1)>`*_[x](javascript:alert(1))\n'.repeat(2000).slice(0, 100_000),
}

/** RAW_CONTROL matches what no rendered report may hold raw (a line break aside): C0 and C1 controls, DEL, separators, bidi marks. */
export const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/

/** mapStrings returns `value` with every string in it (not the keys) replaced by `change(string)`, at any depth. */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T
  if (Array.isArray(value)) return value.map(item => mapStrings(item, change)) as T
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)])) as T
  return value
}

/** embedded puts `hostile` into `text` three ways: in its middle (inside a code span when one is there), at its end, and in a code span of its own. */
export function embedded(text: string, hostile: string): string {
  const middle = Math.floor(text.length / 2)
  return `${text.slice(0, middle)}${hostile}${text.slice(middle)} ${hostile} \`${hostile}\``
}

const markdown = new MarkdownIt({html: true})

/** MarkdownShape is what a CommonMark parser (with GFM tables, raw HTML allowed) makes of a text: its blocks in order, the inline
 * marks apart from text and code (emphasis, links, images, raw HTML with its text), and the HTML it renders. */
export interface MarkdownShape {
  blocks: string[]
  marks: string[]
  html: string
}

/** markdownShape parses Markdown as a chat or a mail client would render it. */
export function markdownShape(text: string): MarkdownShape {
  const tokens = markdown.parse(text, {})
  const blocks = tokens.map(token => `${token.type}:${token.tag}`)
  const marks = tokens.flatMap(token => (token.children ?? []).filter(child => child.type !== 'text' && child.type !== 'code_inline').map(child => (child.type.startsWith('html') ? `${child.type}:${child.content}` : child.type)))
  return {blocks, marks, html: markdown.renderer.render(tokens, markdown.options, {})}
}

/** htmlTags lists the tags of an HTML page in order, each as its name and its attributes' names (`svg role aria-label width…`). */
export function htmlTags(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-zA-Z][^\s/>]*)([^>]*)>/g)].map(([, name, rest]) =>
    [name!.toLowerCase(), ...[...rest!.matchAll(/\s([^\s=/>]+)(?:=("[^"]*"|'[^']*'|[^\s>]*))?/g)].map(attribute => attribute[1]!.toLowerCase())].join(' '),
  )
}
