// parseIpRouteGet on real `ip -j route get` output: the port, the gateway or none, and the source address.
import {describe, expect, it} from 'vitest'
import {parseIpRouteGet} from '../../src/parse/ip-route-get.js'

// Captured with iproute2 6.1 inside the project's namespace lab.
const ON_LINK = '[{"dst":"192.168.50.99","dev":"eth0","prefsrc":"192.168.50.10","flags":[],"uid":0,"cache":[]}]'
const VIA_GATEWAY = '[{"dst":"10.1.1.1","gateway":"192.168.50.1","dev":"eth0","prefsrc":"192.168.50.10","flags":[],"uid":0,"cache":[]}]'
const OWN_ADDRESS = '[{"type":"local","dst":"192.168.50.10","dev":"lo","prefsrc":"192.168.50.10","flags":[],"uid":0,"cache":["local"]}]'

describe('parseIpRouteGet', () => {
  it('reads an on-link destination: a port and no gateway', () => {
    expect(parseIpRouteGet(ON_LINK)).toEqual({
      ok: true,
      value: {to: '192.168.50.99', dev: 'eth0', gateway: null, source: '192.168.50.10', kind: null, linkdown: false},
    })
  })

  it('reads the gateway of an off-subnet destination', () => {
    expect(parseIpRouteGet(VIA_GATEWAY)).toMatchObject({ok: true, value: {gateway: '192.168.50.1', dev: 'eth0'}})
  })

  it("marks a route to this machine's own address as local", () => {
    expect(parseIpRouteGet(OWN_ADDRESS)).toMatchObject({ok: true, value: {kind: 'local', dev: 'lo'}})
  })

  it('keeps the linkdown flag', () => {
    expect(parseIpRouteGet('[{"dst":"10.0.0.2","dev":"eno1","flags":["linkdown"]}]')).toMatchObject({ok: true, value: {linkdown: true}})
  })

  it.each([
    ['empty', ''],
    ['an empty list', '[]'],
    ['garbage', 'RTNETLINK answers: Network is unreachable'],
  ])('gives an error value for %s', (_name, text) => {
    expect(parseIpRouteGet(text).ok).toBe(false)
  })
})
