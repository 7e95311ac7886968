// parseTcpdumpUdp on a real `tcpdump -xx` capture of a DHCP exchange, and on output it cannot use.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decodeDhcp} from '../../src/parse/dhcp-packet.js'
import {parseTcpdumpUdp, splitHexPackets, unwrapUdp} from '../../src/parse/tcpdump-hex.js'
import {fixtureTree} from '../support/cli.js'
import {msTaken} from '../support/timing.js'

const recorded = readFileSync(`${fixtureTree('lan-captures')}/tcpdump-xx-dhcp-exchange.txt`, 'utf8')

describe('parseTcpdumpUdp', () => {
  it('finds the four packets of a DHCP exchange, with their addresses, ports and DHCP payloads', () => {
    const result = parseTcpdumpUdp(recorded)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.map(frame => `${frame.sourceIp}:${frame.sourcePort} > ${frame.destinationIp}:${frame.destinationPort}`)).toEqual([
      '192.168.50.120:68 > 255.255.255.255:67',
      '192.168.50.1:67 > 255.255.255.255:68',
      '192.168.50.120:68 > 255.255.255.255:67',
      '192.168.50.1:67 > 255.255.255.255:68',
    ])
    const types = result.value
      .map(frame => decodeDhcp(frame.payload))
      .map(message => (message.ok ? message.value.messageType : message.error))
    expect(types).toEqual(['DISCOVER', 'OFFER', 'REQUEST', 'ACK'])
    expect(result.value[1]!.destinationMac).toBe('ff:ff:ff:ff:ff:ff')
    expect(result.value[0]!.sourceMac).toBe('4e:4c:6b:7f:26:57')
  })

  it('keeps each packet apart even when two hex dumps follow each other', () => {
    expect(splitHexPackets(recorded)).toHaveLength(4)
  })

  it('reads an empty capture (nothing heard) as no packets', () => {
    expect(parseTcpdumpUdp('')).toEqual({ok: true, value: []})
  })

  it('gives an error value for output without packet bytes', () => {
    expect(parseTcpdumpUdp('02:42:ac:11:00:02 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 342: BOOTP/DHCP').ok).toBe(false)
  })

  it('skips frames that are not IPv4 UDP, and refuses cut frames', () => {
    const arp = Uint8Array.from([...Array(12).fill(0xff), 0x08, 0x06, ...Array(28).fill(0)])
    expect(unwrapUdp(arp).ok).toBe(false)
    expect(unwrapUdp(new Uint8Array(10)).ok).toBe(false)
    const packets = splitHexPackets(recorded)
    expect(unwrapUdp(packets[0]!.subarray(0, 30)).ok).toBe(false)
  })
})

// Inputs `npm run fuzz` found (minimized): a 9 MB hex line overflowed the regular expression engine's stack (a RangeError).
describe('splitHexPackets on hostile input', () => {
  it('reads a 9 MB line of hex digits without throwing, in linear time', () => {
    const text = `0x0000:  ${'a'.repeat(9_000_000)}`
    expect(msTaken(() => splitHexPackets(text), 3000)).toBeLessThan(3000)
    expect(splitHexPackets(text).map(packet => packet.length)).toEqual([4_500_000])
  })

  it('reads groups as before: pairs of digits, a lone digit ending the line, two blanks ending it (before the text column of -X)', () => {
    expect(splitHexPackets('0x0000:  4500 0148 1\n').map(packet => [...packet])).toEqual([[0x45, 0x00, 0x01, 0x48]])
    expect(splitHexPackets('0x0000:  45000 0148\n').map(packet => [...packet])).toEqual([[0x45, 0x00]])
    expect(splitHexPackets('0x0000:  450001 48\n').map(packet => [...packet])).toEqual([[0x45, 0x00, 0x01, 0x48]])
    expect(splitHexPackets('0x0000:  4500 0148  E..H\n').map(packet => [...packet])).toEqual([[0x45, 0x00, 0x01, 0x48]])
    expect(splitHexPackets('0x0000:  4 500\n')).toEqual([])
  })
})
