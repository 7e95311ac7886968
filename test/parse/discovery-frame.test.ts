// decodeDiscoveryFrame on recorded LLDP and CDP frames of real switches (test/fixtures/neighbour-frames), and on empty, cut and garbage frames.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decodeCdp, decodeDiscoveryFrame, decodeLldp, parseTcpdumpDiscovery} from '../../src/parse/discovery-frame.js'
import {splitHexPackets} from '../../src/parse/tcpdump-hex.js'
import {fixtureTree} from '../support/cli.js'

const recorded = (name: string) => readFileSync(`${fixtureTree('neighbour-frames')}/${name}`, 'utf8')
const frameOf = (name: string) => splitHexPackets(recorded(name))[0]!

describe('decodeDiscoveryFrame on LLDP', () => {
  it('reads the Extreme Summit300-48: chassis MAC, port 1/1, names, management address, VLAN and power', () => {
    const result = decodeDiscoveryFrame(frameOf('lldp-extreme-summit300-48.txt'))
    expect(result).toEqual({
      ok: true,
      value: {
        protocol: 'lldp',
        sourceMac: '00:01:30:f9:ad:a0',
        role: 'switch',
        chassisId: '00:01:30:f9:ad:a0',
        portId: '1/1',
        portDescription: 'Summit300-48-Port 1001',
        systemName: 'Summit300-48',
        systemDescription: 'Summit300-48 - Version 7.4e.1 (Build 5) by Release_Master 05/27/05 04:53:11',
        managementAddresses: ['00:01:30:f9:ad:a0'],
        vlan: 488,
        poe: 'PSE, class 0',
        ttlSeconds: 120,
      },
    })
  })

  it('reads a frame holding only the mandatory TLVs', () => {
    const result = decodeDiscoveryFrame(frameOf('lldp-extreme-summit300-mandatory.txt'))
    expect(result.ok && [result.value.chassisId, result.value.portId, result.value.systemName, result.value.role]).toEqual([
      '00:04:96:1f:a7:26',
      '1/3',
      null,
      'device',
    ])
  })

  it('reads an IPv4 management address and a port named by its interface', () => {
    const pdu = Uint8Array.from([
      0x02,
      0x07,
      0x04,
      0x00,
      0x00,
      0x5e,
      0x00,
      0x53,
      0x07, // chassis: MAC
      0x04,
      0x06,
      0x05,
      ...new TextEncoder().encode('Gi0/7'), // port: interface name
      0x0a,
      0x09,
      ...new TextEncoder().encode('office-sw'), // system name
      0x10,
      0x0c,
      0x05,
      0x01,
      192,
      0,
      2,
      7,
      0x02,
      0x00,
      0x00,
      0x00,
      0x07,
      0x00, // management address 192.0.2.7
      0x00,
      0x00,
    ])
    const result = decodeLldp(pdu, '00:00:5e:00:53:07')
    expect(result.ok && [result.value.portId, result.value.systemName, result.value.managementAddresses]).toEqual([
      'Gi0/7',
      'office-sw',
      ['192.0.2.7'],
    ])
  })

  it('gives an error value for a TLV cut short, and for a PDU without chassis or port', () => {
    const frame = frameOf('lldp-extreme-summit300-48.txt')
    const cut = decodeDiscoveryFrame(frame.subarray(0, 100))
    expect(cut.ok).toBe(false)
    expect(!cut.ok && cut.error).toMatch(/cut short/)
    expect(decodeLldp(new Uint8Array(), '00:00:5e:00:53:01').ok).toBe(false)
    expect(decodeLldp(Uint8Array.from([0x00, 0x00]), '00:00:5e:00:53:01').ok).toBe(false)
  })
})

describe('decodeDiscoveryFrame on CDP', () => {
  it('reads the Catalyst WS-C2950-12: device id, port, platform, address and native VLAN', () => {
    const result = decodeDiscoveryFrame(frameOf('cdp-cisco-ws-c2950-12.txt'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({
      protocol: 'cdp',
      role: 'switch',
      chassisId: 'myswitch',
      systemName: 'myswitch',
      portId: 'FastEthernet0/1',
      systemDescription: 'cisco WS-C2950-12',
      managementAddresses: ['192.168.0.253'],
      vlan: 1,
      ttlSeconds: 180,
    })
  })

  it('reads the power a Cisco IP phone draws (its capabilities say only "host")', () => {
    const result = decodeDiscoveryFrame(frameOf('cdp-cisco-ip-phone-7960.txt'))
    expect(result.ok && [result.value.chassisId, result.value.portId, result.value.role, result.value.poe]).toEqual([
      'SIP001122334455',
      'Port 1',
      'device',
      '6300 mW',
    ])
  })

  it('reads a router frame whose 802.3 length says more than the frame holds', () => {
    const result = decodeDiscoveryFrame(frameOf('cdp-cisco-router-gi0-0-1.txt'))
    expect(result.ok && [result.value.systemName, result.value.portId, result.value.role, result.value.managementAddresses]).toEqual([
      'Router',
      'GigabitEthernet0/0/1',
      'router',
      ['192.168.1.101'],
    ])
  })

  it('gives an error value for a cut or empty CDP message', () => {
    const frame = frameOf('cdp-cisco-ws-c2950-12.txt')
    expect(decodeDiscoveryFrame(frame.subarray(0, 40)).ok).toBe(false)
    expect(decodeCdp(new Uint8Array(), '00:00:5e:00:53:01').ok).toBe(false)
    expect(decodeCdp(Uint8Array.from([2, 180, 0, 0, 0, 1, 0, 2]), '00:00:5e:00:53:01').ok).toBe(false)
  })
})

describe('decodeDiscoveryFrame on what lldpd sends (recorded here)', () => {
  it('reads 802.3 power, LLDP-MED power and an IPv6 management address beside the IPv4 one', () => {
    const result = decodeDiscoveryFrame(frameOf('lldp-lldpd-office-sw-power-ipv6.txt'))
    expect(result.ok && result.value).toMatchObject({
      protocol: 'lldp',
      role: 'switch',
      systemName: 'office-sw',
      portId: 'Gi0/7',
      portDescription: 'GigabitEthernet0/7',
      managementAddresses: ['192.0.2.7', '2001:db8::7'],
      poe: 'PSE, class 3, 15.0 W (LLDP-MED)',
    })
  })

  it('reads a CDPv2 message: device id, port, platform, address', () => {
    const frame = splitHexPackets(recorded('cdp2-lldpd-lab-cisco.txt')).at(-1)!
    expect(frame[22], 'the CDP version byte, after the 802.3 and SNAP headers').toBe(2)
    const result = decodeDiscoveryFrame(frame)
    expect(result.ok && result.value).toMatchObject({
      protocol: 'cdp',
      chassisId: 'lab-cisco',
      systemName: 'lab-cisco',
      portId: 'FastEthernet0/1',
      systemDescription: 'cisco WS-C2960-24TT-L',
      managementAddresses: ['192.0.2.8'],
      vlan: null,
      ttlSeconds: 4,
    })
  })
})

describe('decodeDiscoveryFrame on what is neither', () => {
  it('refuses an empty frame, a cut Ethernet header, an IPv4 frame and garbage', () => {
    expect(decodeDiscoveryFrame(new Uint8Array()).ok).toBe(false)
    expect(decodeDiscoveryFrame(Uint8Array.from([1, 2, 3])).ok).toBe(false)
    const ipv4 = Uint8Array.from([...new Array(12).fill(0xff), 0x08, 0x00, 0x45, 0, 0, 20])
    expect(decodeDiscoveryFrame(ipv4)).toEqual({ok: false, error: 'ethertype 0x0800 is neither LLDP nor CDP'})
    const garbage = Uint8Array.from({length: 200}, (_, index) => (index * 37 + 11) & 0xff)
    expect(decodeDiscoveryFrame(garbage).ok).toBe(false)
  })
})

describe('parseTcpdumpDiscovery', () => {
  it("keeps tcpdump's hex of the CDP fields it decodes apart from the frame (lldpd's CDPv1, recorded here)", () => {
    const result = parseTcpdumpDiscovery(recorded('cdp-lldpd-office-sw.txt'))
    expect(result.ok && result.value.map(neighbour => [neighbour.protocol, neighbour.systemName, neighbour.portId])).toEqual([
      ['cdp', 'office-sw', 'GigabitEthernet0/7'],
    ])
  })

  it('reads every frame of a capture and skips what is not LLDP or CDP', () => {
    const capture = recorded('lldp-extreme-summit300-48.txt') + recorded('cdp-cisco-ws-c2950-12.txt')
    const result = parseTcpdumpDiscovery(`${capture}garbage line\n\t0x0000:  ffff ffff ffff 0000 5e00 5301 0800 4500\n`)
    expect(result.ok && result.value.map(neighbour => `${neighbour.protocol} ${neighbour.systemName} ${neighbour.portId}`)).toEqual([
      'lldp Summit300-48 1/1',
      'cdp myswitch FastEthernet0/1',
    ])
  })

  it('reads an empty capture as nothing heard, and a complaint as an error value', () => {
    expect(parseTcpdumpDiscovery('')).toEqual({ok: true, value: []})
    expect(parseTcpdumpDiscovery('tcpdump: listening on eth0\n0 packets captured\n')).toEqual({ok: true, value: []})
    expect(parseTcpdumpDiscovery('eth9: No such device exists\n').ok).toBe(false)
  })
})
