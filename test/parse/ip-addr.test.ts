// parseIpAddr on real `ip -j -d addr show` output and on broken input.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseAddressLifetimes, parseIpAddr} from '../../src/parse/ip-addr.js'
import {fixtureTree} from '../support/cli.js'

// Recorded on a KVM guest (test/fixtures/vm-virtio) with iproute2 6.1.
const recorded = readFileSync(`${fixtureTree('vm-virtio')}/commands/ip_-j_-d_addr_show`, 'utf8')

describe('parseIpAddr', () => {
  it('reads every interface with its addresses in CIDR form and its link kind', () => {
    const result = parseIpAddr(recorded)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const byName = Object.fromEntries(result.value.map(entry => [entry.name, entry]))
    expect(byName.lo?.addresses).toEqual(['127.0.0.1/8', '::1/128'])
    expect(byName.lo?.linkKind).toBe('loopback')
    expect(byName.eth0?.addresses).toContain('192.0.2.2/24')
    expect(byName.eth0?.flags).toContain('LOWER_UP')
    expect(byName.ifb0?.linkKind).toBe('ifb')
  })

  it('reads the link kind of a veth and a port without addresses', () => {
    const text = '[{"ifindex":3,"ifname":"veth0","flags":["NO-CARRIER","BROADCAST","UP"],"linkinfo":{"info_kind":"veth"},"addr_info":[]}]'
    const result = parseIpAddr(text)
    expect(result).toEqual({ok: true, value: [{name: 'veth0', linkKind: 'veth', flags: ['NO-CARRIER', 'BROADCAST', 'UP'], addresses: []}]})
  })

  it.each([
    ['empty output', ''],
    ['truncated JSON', recorded.slice(0, recorded.length / 2)],
    ['garbage', 'Object "addr" is unknown, try "ip help".'],
    ['a JSON object instead of an array', '{"ifname":"eth0"}'],
  ])('gives an error value for %s', (_name, text) => {
    const result = parseIpAddr(text)
    expect(result.ok).toBe(false)
  })
})

// An input `npm run fuzz` found (minimized): a null in addr_info threw a TypeError.
describe('ip -j addr on hostile input', () => {
  const text = '[{"ifname": "eth0", "addr_info": [null, 7, {"family": "inet", "local": "10.0.0.5", "prefixlen": 24}]}]'

  it('skips entries of addr_info that are not objects', () => {
    expect(parseIpAddr(text)).toEqual({ok: true, value: [{name: 'eth0', linkKind: null, flags: [], addresses: ['10.0.0.5/24']}]})
    expect(parseAddressLifetimes(text)).toEqual({ok: true, value: [{dev: 'eth0', cidr: '10.0.0.5/24', dynamic: false, validSeconds: null}]})
  })
})
