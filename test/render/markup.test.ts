// escapeHtml and the Markdown escapers, case by case, and read back by a CommonMark parser: what they write shows exactly the text.
import {describe, expect, it} from 'vitest'
import {escapeHtml, markdownCode, markdownLiteral, markdownText} from '../../src/render/markup.js'
import {HOSTILE_STRINGS, textOf, trustingMarkdown as markdown} from '../support/hostile.js'
import {printable} from '../../src/render/printable.js'

describe('escapeHtml', () => {
  it('turns & < > " \' into character references, and leaves the rest', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')">&amp; ok`)).toBe('&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;amp; ok')
  })
})

describe('markdownText', () => {
  it.each([
    ['plain words (and parentheses, dots, colons)', 'eno1 (onboard): 192.168.1.10/24', 'eno1 (onboard): 192.168.1.10/24'],
    ['raw HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['emphasis, a heading mark, strikethrough, an entity', '*b* _e_ # h ~~s~~ &amp;', '\\*b\\* \\_e\\_ \\# h \\~\\~s\\~\\~ \\&amp;'],
    ['an _ inside a word', 'NETDOC_ROOT carrier_up_count', 'NETDOC_ROOT carrier_up_count'],
    ['a code span, kept', 'run `sudo ip link set <port> up` now', 'run `sudo ip link set <port> up` now'],
    ['a backtick no later run closes', '`a`<b>`', '`a`\\<b\\>\\`'],
    ['spans paired by the length of their runs', 'x ``<img>`` ` ``', 'x ``<img>`` \\` \\`\\`'],
    ['a backslash before a backtick (no escape in CommonMark code)', '\\`<b>\\`', '\\\\`<b>\\`'],
    ['a list item where the text starts', '- item', '\\- item'],
    ['an ordered item where the text starts', '1. one', '1\\. one'],
    ['a thematic break', '---', '\\---'],
    ['an address, which opens no block', '10.60.0.5: no answer', '10.60.0.5: no answer'],
    ['a minus sign, which opens no block', '-70 dBm', '-70 dBm'],
  ])('%s', (_name, text, written) => {
    expect(markdownText(text)).toBe(written)
  })

  it.each(Object.keys(HOSTILE_STRINGS))('%s: a CommonMark parser finds no raw HTML, link, image or emphasis in it', name => {
    const tokens = markdown.parseInline(markdownText(printable(HOSTILE_STRINGS[name]!)), {})[0]!.children!
    expect(tokens.filter(token => token.type !== 'text' && token.type !== 'code_inline').map(token => token.type)).toEqual([])
  })
})

describe('markdownLiteral', () => {
  it.each(Object.keys(HOSTILE_STRINGS))('%s: reads back as exactly the text, backticks and all', name => {
    const text = printable(HOSTILE_STRINGS[name]!)
    expect(textOf(markdown.renderInline(markdownLiteral(text)))).toBe(text)
  })

  it('escapes a pipe and the backslash before it, so a table cell ends only where netdoc ends it', () => {
    expect(markdownLiteral('a|b\\|c')).toBe('a\\|b\\\\\\|c')
    expect(markdown.render(`| h |\n|---|\n| ${markdownLiteral('a|b\\|c')} |\n`)).toContain('<td>a|b\\|c</td>')
  })
})

describe('markdownCode', () => {
  it.each([
    ['nic.cable-in-wrong-port', '`nic.cable-in-wrong-port`'],
    ['a`b', '``a`b``'],
    ['`x', '`` `x ``'],
    ['a `` b', '```a `` b```'],
    ['', ''],
  ])('%j is written %j', (text, written) => {
    expect(markdownCode(text)).toBe(written)
  })

  it.each(Object.keys(HOSTILE_STRINGS))('%s: reads back as one code span holding exactly the text', name => {
    const text = printable(HOSTILE_STRINGS[name]!)
    const html = markdown.renderInline(markdownCode(text))
    expect(html).toMatch(/^<code>[^<]*<\/code>$/)
    expect(textOf(html.slice('<code>'.length, -'</code>'.length))).toBe(text)
  })
})
