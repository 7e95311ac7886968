// Capability text: getcap's two output styles, and a process's effective set from /proc/self/status.
import {describe, expect, it} from 'vitest'
import {CAP_NET_RAW, grantsNetRaw, hasCapability, parseEffectiveCapabilities, parseGetcap} from '../../src/parse/capabilities.js'

describe('parseGetcap', () => {
  it.each([
    // libcap 2.66 (Debian 12), captured on this project's machines.
    ['/usr/bin/ping cap_net_raw=ep\n', 'cap_net_raw=ep'],
    // Older libcap, as quoted in czerwonk/ping_exporter issue #23 and on CentOS 7 (orf/gping issue #88).
    ['/usr/bin/ping = cap_net_raw+ep\n', 'cap_net_raw+ep'],
    ['/bin/ping = cap_net_admin,cap_net_raw+p\n', 'cap_net_admin,cap_net_raw+p'],
  ])('reads %j', (text, capabilities) => {
    expect(parseGetcap(text)).toEqual({ok: true, value: capabilities})
  })

  it('reads no output as no capabilities', () => {
    expect(parseGetcap('')).toEqual({ok: true, value: null})
  })

  it('gives an error value for a line it cannot read', () => {
    expect(parseGetcap('Failed').ok).toBe(false)
  })
})

describe('grantsNetRaw', () => {
  it.each([
    ['cap_net_raw=ep', true],
    ['cap_net_admin,cap_net_raw+p', true],
    ['=ep', true],
    ['cap_net_raw+e', false],
    ['cap_net_admin+ep', false],
    [null, false],
  ])('%j → %s', (text, expected) => {
    expect(grantsNetRaw(text)).toBe(expected)
  })
})

describe('parseEffectiveCapabilities', () => {
  it("reads root's full set and an ordinary user's empty one", () => {
    const root = parseEffectiveCapabilities('Name:\tnode\nCapInh:\t0000000000000000\nCapEff:\t000001ffffffffff\n')
    const user = parseEffectiveCapabilities('Name:\tnode\nCapEff:\t0000000000000000\n')
    expect(root.ok && hasCapability(root.value, CAP_NET_RAW)).toBe(true)
    expect(user.ok && hasCapability(user.value, CAP_NET_RAW)).toBe(false)
  })

  it('gives an error value without a CapEff line', () => {
    expect(parseEffectiveCapabilities('Name:\tnode\n').ok).toBe(false)
  })
})
