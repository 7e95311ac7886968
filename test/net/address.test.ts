// The address predicates every parser and schema uses: what is an IPv4 or IPv6 address, and long hostile text refused at once.
import {describe, expect, it} from 'vitest'
import {isIpAddress, isIpv4} from '../../src/net/address.js'
import {HOSTILE_INPUT_MS, msTaken} from '../support/timing.js'

describe('isIpv4 and isIpAddress', () => {
  it('accept dotted quads, IPv6 with or without a zone, and the longest forms', () => {
    for (const address of [
      '192.168.1.20',
      '255.255.255.255',
      'fd00::1',
      'fe80::1%eth0',
      '0000:0000:0000:0000:0000:ffff:255.255.255.255%abcdefghijklmno',
    ])
      expect(isIpAddress(address), address).toBe(true)
    expect(isIpv4('255.255.255.255') && isIpv4('0.0.0.0')).toBe(true)
  })

  it('refuse what only looks like one', () => {
    for (const text of [
      'cafe',
      '1.2.3',
      '192.168.1.300',
      '01.2.3.4',
      '1.2.3.4.5',
      '-1.2.3.4',
      '192.168.1.20/24',
      'dns.example',
      'fe80::1%',
      'fe80::1%a b',
      '',
    ])
      expect(isIpAddress(text), text).toBe(false)
    expect(isIpv4('fd00::1')).toBe(false)
  })

  it('refuse a quarter of a megabyte of address-like text at once', () => {
    for (const text of ['1'.repeat(250_000), ':'.repeat(250_000), `${'0:'.repeat(125_000)}1`]) {
      expect(msTaken(() => expect(isIpAddress(text)).toBe(false))).toBeLessThan(HOSTILE_INPUT_MS)
      expect(isIpv4(text)).toBe(false)
    }
  })
})
