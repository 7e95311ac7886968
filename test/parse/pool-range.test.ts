// parsePoolRange on what a person types, and parseDnsmasqRanges on dnsmasq configuration lines.
import {describe, expect, it} from 'vitest'
import {parseDnsmasqRanges, parsePoolRange} from '../../src/parse/pool-range.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

describe('parsePoolRange', () => {
  it('reads two full addresses, and a last address given by its last number', () => {
    expect(parsePoolRange('192.168.1.100-192.168.1.199')).toEqual({ok: true, value: {first: '192.168.1.100', last: '192.168.1.199'}})
    expect(parsePoolRange(' 192.168.1.100 - 199 ')).toEqual({ok: true, value: {first: '192.168.1.100', last: '192.168.1.199'}})
  })

  it.each([
    ['one address', '192.168.1.100'],
    ['a last address before the first', '192.168.1.200-192.168.1.100'],
    ['a hex address', '0x7f.1-192.168.1.5'],
    ['garbage', '-f'],
    ['nothing', ''],
  ])('refuses %s with a reason', (_name, text) => {
    const result = parsePoolRange(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10)
  })
})

describe('parseDnsmasqRanges', () => {
  // Lines in the forms of dnsmasq's own dnsmasq.conf.example: tags, a netmask, a lease time, static and IPv6 ranges.
  const conf = `# Uncomment this to enable the integrated DHCP server
dhcp-range=192.168.0.50,192.168.0.150,12h
dhcp-range=set:red,192.168.1.50,192.168.1.150,255.255.255.0,12h
#dhcp-range=192.168.3.50,192.168.3.150,12h
dhcp-range=192.168.2.0,static
dhcp-range=1234::2, 1234::500, 64, 12h
dhcp-range=192.168.0.255,192.168.0.1
`

  it('reads the IPv4 ranges, skipping comments, static, IPv6 and backwards ranges', () => {
    expect(parseDnsmasqRanges(conf)).toEqual([
      {first: '192.168.0.50', last: '192.168.0.150'},
      {first: '192.168.1.50', last: '192.168.1.150'},
    ])
  })

  it('gives an empty list for a file without ranges', () => {
    expect(parseDnsmasqRanges('')).toEqual([])
    expect(parseDnsmasqRanges('\u0000garbage')).toEqual([])
  })
})

// Inputs `npm run fuzz` found (minimized).
describe('pool ranges on hostile input', () => {
  it('refuses a text far longer than a pool at once (the pattern tried each of its 20,000 dashes, quadratic)', () => {
    const text = `${'1-'.repeat(20_000)} z`
    expect(msTaken(() => parsePoolRange(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parsePoolRange(text)).toEqual({ok: false, error: expect.stringContaining('not a text of 40002 characters')})
    expect(parsePoolRange(`  ${' '.repeat(40)}192.168.1.100 - 192.168.1.199  `)).toEqual({
      ok: true,
      value: {first: '192.168.1.100', last: '192.168.1.199'},
    })
  })

  it('reads 20,000 dhcp-range lines of garbage quickly (every field used to go through a validator that throws inside)', () => {
    const text = 'dhcp-range=12h,x,1234::2\n'.repeat(20_000)
    expect(msTaken(() => parseDnsmasqRanges(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseDnsmasqRanges(text)).toEqual([])
  })
})
