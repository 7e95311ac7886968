// parseLldpcliJson on lldpd 1.0.16's own answer (test/fixtures/lldp-daemons), and on empty, cut, garbage and odd-shaped JSON.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseLldpcliJson} from '../../src/parse/lldpcli-json.js'
import {fixtureTree} from '../support/cli.js'

const recorded = readFileSync(`${fixtureTree('lldp-daemons')}/lldpcli-json0-two-ports.json`, 'utf8')

describe('parseLldpcliJson', () => {
  it("reads lldpd's LLDP switch (power, IPv6 management address) and its CDPv2 neighbour, as the frame decoder words them", () => {
    const result = parseLldpcliJson(recorded)
    expect(result).toEqual({
      ok: true,
      value: [
        {
          dev: 'eth0',
          protocol: 'lldp',
          sourceMac: '16:02:36:ef:18:bc',
          role: 'switch',
          chassisId: '16:02:36:ef:18:bc',
          portId: 'Gi0/7',
          portDescription: 'GigabitEthernet0/7',
          systemName: 'office-sw',
          systemDescription: 'OfficeSwitch 24-port managed switch',
          managementAddresses: ['192.0.2.7', '2001:db8::7'],
          vlan: null,
          poe: 'PSE, class 3, 15.0 W (LLDP-MED)',
          ttlSeconds: 4,
        },
        {
          dev: 'eth1',
          protocol: 'cdp',
          sourceMac: '',
          role: 'device',
          chassisId: 'lab-cisco',
          portId: 'FastEthernet0/1',
          portDescription: 'FastEthernet0/1',
          systemName: 'lab-cisco',
          systemDescription: 'cisco WS-C2960-24TT-L running on\nCisco IOS Software, C2960 Software',
          managementAddresses: ['192.0.2.8'],
          vlan: null,
          poe: null,
          ttlSeconds: 4,
        },
      ],
    })
  })

  it('reads the port VLAN lldpd marks pvid, and a lone object where json0 would put a list of one', () => {
    const entry = {
      name: 'eno1',
      via: 'LLDP',
      chassis: {id: {type: 'local', value: 'sw1'}, capability: {type: 'Router', enabled: true}},
      port: {id: [{type: 'ifname', value: 'ge-0/0/1'}]},
      vlan: [
        {'vlan-id': '20', pvid: false, value: 'voice'},
        {'vlan-id': '10', pvid: true, value: 'office'},
      ],
    }
    const result = parseLldpcliJson(JSON.stringify({lldp: [{interface: [entry]}]}))
    expect(result.ok && result.value).toEqual([
      expect.objectContaining({dev: 'eno1', chassisId: 'sw1', portId: 'ge-0/0/1', role: 'router', vlan: 10}),
    ])
  })

  it('reads lldpd with no neighbour as none, and skips entries it cannot use', () => {
    expect(parseLldpcliJson('{\n  "lldp": [\n    {\n      \n    }\n  ]\n}\n')).toEqual({ok: true, value: []})
    const odd = [
      {via: 'LLDP', chassis: [{id: [{value: 'x'}]}]},
      {name: 'eth0', via: 'EDP', chassis: [{id: [{value: 'x'}]}]},
      {name: 'eth0', via: 'LLDP'},
      'eth0',
      null,
      {name: 'eth0', via: 'LLDP', chassis: 7, port: [{id: [{value: 42}]}]},
    ]
    expect(parseLldpcliJson(JSON.stringify({lldp: [{interface: odd}]}))).toEqual({ok: true, value: []})
  })

  it('gives an error value for empty, cut and garbage output', () => {
    expect(parseLldpcliJson('').ok).toBe(false)
    expect(parseLldpcliJson(recorded.slice(0, recorded.length / 2)).ok).toBe(false)
    expect(parseLldpcliJson('Interface:    eth0, via: LLDP').ok).toBe(false)
    expect(parseLldpcliJson('[1, 2]').ok).toBe(false)
    expect(parseLldpcliJson('null').ok).toBe(false)
  })
})
