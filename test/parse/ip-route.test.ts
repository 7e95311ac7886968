// parseIpRoute on real `ip -j route show` output, the linkdown flag, and broken input.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseIpRoute} from '../../src/parse/ip-route.js'
import {fixtureTree} from '../support/cli.js'

// Recorded on a KVM guest (test/fixtures/vm-virtio) with iproute2 6.1.
const recorded = readFileSync(`${fixtureTree('vm-virtio')}/commands/ip_-j_route_show`, 'utf8')

describe('parseIpRoute', () => {
  it('reads the default route and the connected subnet', () => {
    const result = parseIpRoute(recorded)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.find(route => route.destination === 'default')).toMatchObject({dev: 'eth0', linkdown: false})
    expect(result.value.some(route => route.destination === '192.0.2.0/24' && route.gateway === null)).toBe(true)
  })

  it("keeps the kernel's linkdown flag (a route over a port without link)", () => {
    const text = '[{"dst":"default","gateway":"192.168.1.1","dev":"eno1","flags":["onlink","linkdown"]}]'
    expect(parseIpRoute(text)).toEqual({ok: true, value: [{destination: 'default', gateway: '192.168.1.1', dev: 'eno1', linkdown: true}]})
  })

  it.each([
    ['empty', ''],
    ['truncated', '[{"dst":"default","gat'],
    ['garbage', 'RTNETLINK answers: Operation not permitted'],
  ])('gives an error value for %s output', (_name, text) => {
    expect(parseIpRoute(text).ok).toBe(false)
  })
})
