// encodeDiscover and decodeDhcp on the DISCOVER netdoc sends, on real dnsmasq replies, and on broken input.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {BOOTP_HEADER_BYTES, BOOTP_MIN_BYTES, decodeDhcp, encodeDiscover} from '../../src/parse/dhcp-packet.js'
import {fixtureTree} from '../support/cli.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

const capture = (name: string) => new Uint8Array(readFileSync(`${fixtureTree('lan-captures')}/${name}`))

describe('encodeDiscover', () => {
  const bytes = encodeDiscover({xid: 0xdeadbeef, mac: '02:11:22:33:44:55'})!

  it('builds a BOOTP request padded to 300 bytes, with the broadcast flag, the MAC in chaddr and the magic cookie', () => {
    expect(bytes.length).toBe(BOOTP_MIN_BYTES)
    expect([...bytes.subarray(0, 4)]).toEqual([1, 1, 6, 0])
    expect([...bytes.subarray(4, 8)]).toEqual([0xde, 0xad, 0xbe, 0xef])
    expect([...bytes.subarray(10, 12)]).toEqual([0x80, 0])
    expect([...bytes.subarray(28, 34)]).toEqual([2, 0x11, 0x22, 0x33, 0x44, 0x55])
    expect([...bytes.subarray(BOOTP_HEADER_BYTES, BOOTP_HEADER_BYTES + 4)]).toEqual([99, 130, 83, 99])
  })

  it('carries option 53 DISCOVER, 61 client id (type 1 + MAC) and 55 asking for mask, routers, DNS, domain, lease time, server id', () => {
    expect([...bytes.subarray(240, 243)]).toEqual([53, 1, 1])
    expect([...bytes.subarray(243, 252)]).toEqual([61, 7, 1, 2, 0x11, 0x22, 0x33, 0x44, 0x55])
    expect([...bytes.subarray(252, 260)]).toEqual([55, 6, 1, 3, 6, 15, 51, 54])
    expect(bytes[260]).toBe(255)
  })

  it('reads back as a DISCOVER from that MAC', () => {
    const decoded = decodeDhcp(bytes)
    expect(decoded.ok && decoded.value).toMatchObject({
      op: 1,
      xid: 0xdeadbeef,
      broadcast: true,
      messageType: 'DISCOVER',
      clientMac: '02:11:22:33:44:55',
    })
  })

  it('refuses a MAC that is not six octets', () => {
    expect(encodeDiscover({xid: 1, mac: '02:11:22:33:44'})).toBeNull()
    expect(encodeDiscover({xid: 1, mac: 'zz:11:22:33:44:55'})).toBeNull()
  })
})

describe('decodeDhcp', () => {
  it('reads a real dnsmasq OFFER: offered address, server id, mask, router, DNS, lease time', () => {
    const decoded = decodeDhcp(capture('dnsmasq-offer.bin'))
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    expect(decoded.value).toMatchObject({
      op: 2,
      messageType: 'OFFER',
      yiaddr: '192.168.50.100',
      siaddr: '192.168.50.1',
      serverId: '192.168.50.1',
      subnetMask: '255.255.255.0',
      routers: ['192.168.50.1'],
      dnsServers: ['192.168.50.1'],
      leaseSeconds: 3600,
      clientMac: '02:11:22:33:44:66',
    })
  })

  it('reads a real dnsmasq ACK, with the host name the client sent back', () => {
    const decoded = decodeDhcp(capture('dnsmasq-ack.bin'))
    expect(decoded.ok && decoded.value).toMatchObject({
      messageType: 'ACK',
      yiaddr: '192.168.50.100',
      hostName: 'office',
      leaseSeconds: 3600,
    })
  })

  it('calls a message without option 53 BOOTP', () => {
    const bytes = encodeDiscover({xid: 7, mac: '02:00:00:00:00:01'})!
    bytes.fill(0, 240)
    bytes[240] = 255
    expect(decodeDhcp(bytes).ok && (decodeDhcp(bytes) as {value: {messageType: string}}).value.messageType).toBe('BOOTP')
  })

  it.each([
    ['empty input', new Uint8Array()],
    ['a header cut short', capture('dnsmasq-offer.bin').subarray(0, 100)],
    ['an option running past the end', capture('dnsmasq-offer.bin').subarray(0, 262)],
    ['no magic cookie', Uint8Array.from({length: 300}, (_, index) => (index === 0 ? 2 : 0))],
    ['an op that is neither request nor reply', Uint8Array.from({length: 300}, (_, index) => (index === 0 ? 9 : 0))],
    ['text', new TextEncoder().encode('lease { fixed-address 10.0.0.5; }'.padEnd(300, ' '))],
  ])('gives an error value for %s', (_name, bytes) => {
    expect(decodeDhcp(bytes).ok).toBe(false)
  })
})

/** reply builds a DHCP reply whose options are `options` (code, length, data…), ended by 255. */
function reply(options: number[]): Uint8Array {
  const bytes = new Uint8Array(BOOTP_HEADER_BYTES + 4 + options.length + 1)
  bytes.set([2, 1, 6])
  bytes.set([99, 130, 83, 99], BOOTP_HEADER_BYTES)
  bytes.set(options, BOOTP_HEADER_BYTES + 4)
  bytes[bytes.length - 1] = 255
  return bytes
}

// Inputs `npm run fuzz` found (minimized): each took seconds, quadratic in the number of repeats, before the fix.
describe('decodeDhcp on hostile input', () => {
  it('joins an option repeated thousands of times (RFC 3396) in linear time', () => {
    const message = reply(Array.from({length: 4000}, (_, index) => [3, 4, 10, 0, index >> 8, index & 0xff]).flat())
    expect(msTaken(() => decodeDhcp(message))).toBeLessThan(HOSTILE_INPUT_MS)
    const decoded = decodeDhcp(message)
    expect(decoded.ok && decoded.value.routers.length).toBe(4000)
    expect(decoded.ok && decoded.value.routers.slice(0, 2)).toEqual(['10.0.0.0', '10.0.0.1'])
  })

  it('reads a domain name of 51,000 NULs and one letter in linear time, padding NULs dropped from its end only', () => {
    const message = reply([...Array.from({length: 200}, () => [15, 255, ...new Array<number>(255).fill(0)]).flat(), 15, 1, 120])
    expect(msTaken(() => decodeDhcp(message))).toBeLessThan(HOSTILE_INPUT_MS)
    const decoded = decodeDhcp(message)
    expect(decoded.ok && decoded.value.domainName).toBe(`${'\0'.repeat(51_000)}x`)
    expect(
      decodeDhcp(reply([15, 4, 108, 97, 110, 0])).ok &&
        (decodeDhcp(reply([15, 4, 108, 97, 110, 0])) as {value: {domainName: string}}).value.domainName,
    ).toBe('lan')
  })
})
