// Hostile strings for the report renderers, and the shape a Markdown parser and an HTML reader see in a rendered report.
import MarkdownIt from 'markdown-it'
import {expect} from 'vitest'
import {snapshotSchema} from '../../src/snapshot/schema.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

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
  entities: '&lt;script&gt; &#60;img src=x&#62; &amp;',
  'OSC 52 clipboard write': '\x1b]52;c;SGVsbG8=\x07',
  'screen clear': '\x1b[2J\x1b[H',
  'C1 CSI': '\u009b2J',
  'bidi override': 'evil\u202etxt.exe\u2066',
  NUL: 'a\x00b',
  'line breaks': 'one\n# two\r\n> three\u2028<script>alert(1)</script>\u2029- four',
  '100 kB': '<img src=x onerror=alert(1)>`*_[x](javascript:alert(1))\n'.repeat(2000).slice(0, 100_000),
}

/** RAW_CONTROL matches what no rendered report may hold raw (a line break aside): C0 and C1 controls, DEL, separators, bidi marks. */
export const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/

/** mapStrings returns `value` with every string in it (not the keys) replaced by `change(string)`, at any depth. */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T
  if (Array.isArray(value)) return value.map(item => mapStrings(item, change)) as T
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)])) as T
  return value
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((inside, key) => (inside as Record<PropertyKey, unknown>)[key], value)
}

function setAt(value: unknown, path: PropertyKey[], to: unknown): void {
  const parent = valueAt(value, path.slice(0, -1)) as Record<PropertyKey, unknown>
  parent[path.at(-1)!] = to
}

/** hostileSnapshot changes every string of a snapshot that the loader's schema still takes changed: names, descriptions, log
 * lines, paths (not the format mark, enums, addresses, MACs, dates or EDID hex it checks, which keep their values), so the result
 * loads with --from as a stranger's file would. */
export function hostileSnapshot(snapshot: Snapshot, change: (text: string) => string): Snapshot {
  const changed = mapStrings(snapshot, change)
  for (let round = 0; round < 10; round++) {
    const checked = snapshotSchema.safeParse(changed)
    if (checked.success) return changed
    for (const issue of checked.error.issues) setAt(changed, issue.path, structuredClone(valueAt(snapshot, issue.path)))
  }
  throw new Error('hostileSnapshot: the schema still refuses the snapshot after putting back every value it named')
}

/** embedded puts `hostile` into `text` three ways: in its middle (inside a code span when one is there), at its end, and in a code span of its own. */
export function embedded(text: string, hostile: string): string {
  const middle = Math.floor(text.length / 2)
  return `${text.slice(0, middle)}${hostile}${text.slice(middle)} ${hostile} \`${hostile}\``
}

/** trustingMarkdown reads Markdown as the most trusting renderer would: raw HTML passes, and every link is a link (markdown-it
 * itself drops javascript: links, which a chat or mail client might not). */
export const trustingMarkdown = new MarkdownIt({html: true})
trustingMarkdown.validateLink = () => true

/** MarkdownShape is what a CommonMark parser (with GFM tables, raw HTML allowed) makes of a text: its blocks in order, each with
 * its depth (`bullet_list_open:ul@0`), the inline marks apart from text and code (emphasis, links, images, raw HTML with its text),
 * and the HTML it renders. */
export interface MarkdownShape {
  blocks: string[]
  marks: string[]
  html: string
}

/** markdownShape parses Markdown as a chat or a mail client would render it. */
export function markdownShape(text: string): MarkdownShape {
  const tokens = trustingMarkdown.parse(text, {})
  const blocks = tokens.map(token => `${token.type}:${token.tag}@${token.level}`)
  const marks = tokens.flatMap(token =>
    (token.children ?? [])
      .filter(child => child.type !== 'text' && child.type !== 'code_inline')
      .map(child => (child.type.startsWith('html') ? `${child.type}:${child.content}` : child.type)),
  )
  return {blocks, marks, html: trustingMarkdown.renderer.render(tokens, trustingMarkdown.options, {})}
}

/** textOf is what a person reads of rendered HTML: the tags taken out, the character references read. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** htmlTags lists the tags of an HTML page in order, each as its name and its attributes' names (`svg role aria-label width…`). */
export function htmlTags(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-zA-Z][^\s/>]*)([^>]*)>/g)].map(([, name, rest]) =>
    [
      name!.toLowerCase(),
      ...[...rest!.matchAll(/\s([^\s=/>]+)(?:=("[^"]*"|'[^']*'|[^\s>]*))?/g)].map(attribute => attribute[1]!.toLowerCase()),
    ].join(' '),
  )
}

/** MARKDOWN_BLOCKS are the only blocks a report may hold: its title and section headings, paragraphs, lists and tables. */
const MARKDOWN_BLOCKS = new Set([
  'inline:',
  ...[
    ['heading', 'h1'],
    ['heading', 'h2'],
    ['paragraph', 'p'],
    ['bullet_list', 'ul'],
    ['ordered_list', 'ol'],
    ['list_item', 'li'],
    ['table', 'table'],
    ['thead', 'thead'],
    ['tbody', 'tbody'],
    ['tr', 'tr'],
    ['th', 'th'],
    ['td', 'td'],
  ].flatMap(([type, tag]) => [`${type}_open:${tag}`, `${type}_close:${tag}`]),
])

/** TOP_LEVEL are the blocks that stand only at the top, never inside a list item (where "- # x" or "- - x" would put them). */
const TOP_LEVEL = /^(heading|bullet_list|ordered_list|table)_open:/

/** MARKDOWN_MARKS are the only inline marks: netdoc's bold verdicts and the line breaks inside table cells. */
const MARKDOWN_MARKS = new Set(['strong_open', 'strong_close', 'html_inline:<br>'])

/** HTML_TAGS are the only tags, with the only attributes, the HTML page (and its SVG picture) may hold (tbody: a browser adds it). */
const HTML_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'div',
  'span',
  'code',
  'ul',
  'ol',
  'li',
  'p',
  'table',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'figure',
  'svg',
  'g',
  'rect',
  'text',
  'line',
])
const HTML_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'class',
  'role',
  'aria-label',
  'width',
  'height',
  'viewbox',
  'font-family',
  'x',
  'y',
  'rx',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'text-anchor',
  'x1',
  'y1',
  'x2',
  'y2',
  'data-hop',
  'data-from',
  'data-to',
])

/** expectSafeMarkdown fails unless a rendered report holds no raw control character and, read by a CommonMark parser, only netdoc's
 * own blocks and marks; it returns the shape read. */
export function expectSafeMarkdown(markdown: string, where: string): MarkdownShape {
  expect(markdown, `${where}: a raw control character`).not.toMatch(RAW_CONTROL)
  const shape = markdownShape(markdown)
  expect(
    shape.blocks.filter(block => !MARKDOWN_BLOCKS.has(block.replace(/@\d+$/, ''))),
    `${where}: blocks the data started`,
  ).toEqual([])
  expect(
    shape.blocks.filter(block => TOP_LEVEL.test(block) && !block.endsWith('@0')),
    `${where}: blocks the data nested in a list`,
  ).toEqual([])
  expect(
    shape.marks.filter(mark => !MARKDOWN_MARKS.has(mark)),
    `${where}: marks outside code spans (raw HTML, links, emphasis)`,
  ).toEqual([])
  expect(shape.html, `${where}: markup in the rendered Markdown`).not.toMatch(/<(img|script|a|iframe|svg|style|em|del|s|blockquote|pre)\b/i)
  return shape
}

/** expectSafeHtml fails unless an HTML page (or Chromium's dump of it) holds no raw control character, no script, and only netdoc's
 * own tags and attributes, none with a scheme or url() in it; it returns the page's tags. */
export function expectSafeHtml(html: string, where: string): string[] {
  expect(html, `${where}: a raw control character`).not.toMatch(RAW_CONTROL)
  expect(html, `${where}: a script`).not.toMatch(/<script/i)
  const tags = htmlTags(html)
  const names = new Set(tags.map(tag => tag.split(' ')[0]!.replace(/^\//, '')))
  expect(
    [...names].filter(name => !HTML_TAGS.has(name)),
    `${where}: tags the data made`,
  ).toEqual([])
  const attributes = new Set(tags.flatMap(tag => tag.split(' ').slice(1)))
  expect(
    [...attributes].filter(name => !HTML_ATTRIBUTES.has(name)),
    `${where}: attributes the data made (onerror=, href=…)`,
  ).toEqual([])
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? [])
    expect(tag, `${where}: a scheme inside a tag`).not.toMatch(/javascript:|https?:|url\(/i)
  return tags
}
