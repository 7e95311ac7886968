// parseNetworkctlLldp on a recorded `networkctl lldp --json=short` (test/fixtures/lldp-daemons), and on empty, cut and garbage output.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseNetworkctlLldp} from '../../src/parse/networkctl-lldp.js'
import {fixtureTree} from '../support/cli.js'

const recorded = (name: string) => readFileSync(`${fixtureTree('lldp-daemons')}/${name}`, 'utf8')

describe('parseNetworkctlLldp', () => {
  it("reads networkd's neighbours per link: a switch by its capability bits, and a container", () => {
    expect(parseNetworkctlLldp(recorded('networkctl-lldp-two-links.json'))).toEqual({
      ok: true,
      value: [
        {
          dev: 'enp0s31f6',
          protocol: 'lldp',
          sourceMac: '00:b8:b3:e6:17:80',
          role: 'switch',
          chassisId: '00:b8:b3:e6:17:80',
          portId: 'Gi3/0/7',
          portDescription: null,
          systemName: 'sw-a1128-01.fit.cvut.cz',
          systemDescription: null,
          managementAddresses: [],
          vlan: null,
          poe: null,
          ttlSeconds: null,
        },
        expect.objectContaining({
          dev: 've-image',
          sourceMac: '',
          role: 'device',
          chassisId: '8b90f96f448140fb9b5d9d68e86d052e',
          portId: 'host0',
        }),
      ],
    })
  })

  it('reads no neighbours as none, and skips links and neighbours it cannot use', () => {
    expect(parseNetworkctlLldp(recorded('networkctl-lldp-none.json'))).toEqual({ok: true, value: []})
    const odd = {
      Neighbors: [
        {InterfaceIndex: 3, Neighbors: [{ChassisID: 'x', PortID: 'y'}]},
        {InterfaceName: 'eth0', Neighbors: [{SystemName: 'no ids'}, 'x', null]},
        {InterfaceName: 'eth1', Neighbors: 'none'},
        7,
      ],
    }
    expect(parseNetworkctlLldp(JSON.stringify(odd))).toEqual({ok: true, value: []})
  })

  it('gives an error value for empty, cut and garbage output, and for the table an older networkctl prints', () => {
    const whole = recorded('networkctl-lldp-two-links.json')
    expect(parseNetworkctlLldp('').ok).toBe(false)
    expect(parseNetworkctlLldp(whole.slice(0, 80)).ok).toBe(false)
    expect(parseNetworkctlLldp('LINK CHASSIS-ID SYSTEM-NAME CAPS PORT-ID PORT-DESCRIPTION\n\n0 neighbors listed.').ok).toBe(false)
    expect(parseNetworkctlLldp('{"Interfaces": []}').ok).toBe(false)
    expect(parseNetworkctlLldp('[]').ok).toBe(false)
  })
})
