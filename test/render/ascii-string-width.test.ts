// The bundle gives cli-table3 string-width with an ASCII shortcut (scripts/ascii-string-width.cjs): it must measure
// every string exactly as string-width does, or table borders would not line up.
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../support/cli.js'

const require = createRequire(join(PROJECT_ROOT, 'node_modules', 'cli-table3', 'index.js'))
const stringWidth = require('string-width') as (text: string) => number
const asciiStringWidth = require(join(PROJECT_ROOT, 'scripts', 'ascii-string-width.cjs')) as (text: unknown) => number

describe('ascii-string-width', () => {
  const samples = [
    '',
    'enp3s0',
    '192.168.0.10/24',
    'fe80::1/64',
    '1G full',
    '(none)',
    '~`!@#$%^&*()_+{}|:"<>?',
    ' padded ',
    'tab\there',
    'line\nbreak',
    '\u001b[31mred\u001b[39m',
    'docker…',
    '…',
    '……x',
    'Realtek RTL8111/8168/8411 — “PCIe”',
    '日本語のポート',
    'e\u0301',
    'café',
    '🖥️ monitor',
    '#️⃣',
    '\u0000\u007f',
  ]
  it.each(samples)('measures %j as string-width does', sample => {
    expect(asciiStringWidth(sample)).toBe(stringWidth(sample))
  })

  it('answers for what is not a string as string-width does', () => {
    expect(asciiStringWidth(undefined)).toBe(stringWidth(undefined as unknown as string))
  })
})
