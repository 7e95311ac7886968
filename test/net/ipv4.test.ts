// IPv4 values: subnets, host ranges, and the one chooser of a temporary address that why-no-ping and lan both print.
import {describe, expect, it} from 'vitest'
import {addressOf, isLoopbackIpv4, parseCidr, prefixOf} from '../../src/net/address.js'
import {hostRange, inSubnet, ipv4Number, ipv4Text, subnetOf, temporaryAddress} from '../../src/net/ipv4.js'

describe('subnets and ranges', () => {
  it('turns addresses into numbers and back, and finds subnets and their hosts', () => {
    expect(ipv4Text(ipv4Number('192.168.1.77'))).toBe('192.168.1.77')
    expect(subnetOf('192.168.1.77', 24)).toBe('192.168.1.0/24')
    expect(subnetOf('10.1.2.3', 22)).toBe('10.1.0.0/22')
    expect(inSubnet('192.168.1.77', '192.168.1.0/24')).toBe(true)
    expect(inSubnet('192.168.2.1', '192.168.1.0/24')).toBe(false)
    const {first, last} = hostRange('192.168.1.0/24')
    expect([ipv4Text(first), ipv4Text(last)]).toEqual(['192.168.1.1', '192.168.1.254'])
  })
})

describe('temporaryAddress', () => {
  it('takes .250 of a /24, leaving the top addresses a router may hold', () => {
    expect(temporaryAddress('192.168.0.0/24', new Set())).toBe('192.168.0.250')
  })

  it('steps down past addresses heard in use', () => {
    expect(temporaryAddress('192.168.0.0/24', new Set(['192.168.0.250', '192.168.0.249']))).toBe('192.168.0.248')
  })

  it('uses the whole range of a subnet too small to spare its top addresses', () => {
    expect(temporaryAddress('10.0.0.0/29', new Set(['10.0.0.6']))).toBe('10.0.0.5')
  })
})

describe('parseCidr, addressOf and prefixOf', () => {
  it('reads an address with its prefix once, IPv4 and IPv6, and an address alone as a host route', () => {
    expect(parseCidr('192.168.1.10/24')).toEqual({address: '192.168.1.10', prefix: 24})
    expect(parseCidr('fe80::1/64')).toEqual({address: 'fe80::1', prefix: 64})
    expect(parseCidr('10.0.0.1')).toEqual({address: '10.0.0.1', prefix: 32})
    expect([addressOf('192.168.1.10/24'), prefixOf('192.168.1.10/24'), prefixOf('fd00::2')]).toEqual(['192.168.1.10', 24, 128])
  })

  it('refuses what is no address with a prefix', () => {
    for (const text of ['192.168.1.10/33', 'fe80::1/129', 'nas.lan/24', '192.168.1.10/', '/24', ''])
      expect(parseCidr(text), text).toBeNull()
  })
})

describe('isLoopbackIpv4', () => {
  it("tells this machine's own 127/8 addresses from every other text", () => {
    expect(['127.0.0.1', '127.0.1.1', '127.255.255.254'].map(isLoopbackIpv4)).toEqual([true, true, true])
    expect(['128.0.0.1', '10.127.0.1', '::1', '127.0.0', ''].map(isLoopbackIpv4)).toEqual([false, false, false, false, false])
  })
})
