// parseTcpdumpArp on real `tcpdump -l -n -e -t arp` lines: who asks for which address, and who claims one.
import {describe, expect, it} from 'vitest'
import {parseTcpdumpArp} from '../../src/parse/tcpdump-arp.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

// Captured with tcpdump 4.99 inside the project's namespace lab: a host configured for 192.168.51.0/24 on a 192.168.50.0/24 LAN,
// asking again and again for its old gateway; then a reply, an address probe (DAD) and a unicast refresh.
const STALE_HOST = `a2:9e:b4:82:08:e4 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.51.1 tell 192.168.51.20, length 28
a2:9e:b4:82:08:e4 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.51.1 tell 192.168.51.20, length 28
`
const OTHERS = `de:84:a5:ab:ce:e3 > a2:9e:b4:82:08:e4, ethertype ARP (0x0806), length 42: Reply 192.168.50.1 is-at de:84:a5:ab:ce:e3, length 28
b6:89:31:ca:60:40 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.50.7 tell 0.0.0.0, length 28
de:84:a5:ab:ce:e3 > b6:89:31:ca:60:40, ethertype ARP (0x0806), length 42: Request who-has 192.168.50.10 (b6:89:31:ca:60:40) tell 192.168.50.1, length 28
`

describe('parseTcpdumpArp', () => {
  it("reads requests: the sender's MAC and address, and the address it asks for", () => {
    expect(parseTcpdumpArp(STALE_HOST)).toEqual({
      ok: true,
      value: [
        {op: 'request', senderMac: 'a2:9e:b4:82:08:e4', senderIp: '192.168.51.20', targetIp: '192.168.51.1'},
        {op: 'request', senderMac: 'a2:9e:b4:82:08:e4', senderIp: '192.168.51.20', targetIp: '192.168.51.1'},
      ],
    })
  })

  it('reads replies, address probes and unicast requests', () => {
    expect(parseTcpdumpArp(OTHERS)).toEqual({
      ok: true,
      value: [
        {op: 'reply', senderMac: 'de:84:a5:ab:ce:e3', senderIp: '192.168.50.1', targetIp: null},
        {op: 'request', senderMac: 'b6:89:31:ca:60:40', senderIp: '0.0.0.0', targetIp: '192.168.50.7'},
        {op: 'request', senderMac: 'de:84:a5:ab:ce:e3', senderIp: '192.168.50.1', targetIp: '192.168.50.10'},
      ],
    })
  })

  it('reads nothing heard as no sightings', () => {
    expect(parseTcpdumpArp('')).toEqual({ok: true, value: []})
  })

  it("gives an error value when no line is tcpdump's", () => {
    expect(parseTcpdumpArp("tcpdump: eth0: You don't have permission to perform this capture on that device\n").ok).toBe(false)
  })
})

// An input `npm run fuzz` found (minimized): quadratic in the repeats (each "ethertype ARP" scanned to the next colon) before.
describe('parseTcpdumpArp on hostile input', () => {
  const header = '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff'

  it('reads a line repeating "ethertype ARP" with no colon in linear time', () => {
    const text = `${header}${', ethertype ARP'.repeat(20_000)}`
    expect(msTaken(() => parseTcpdumpArp(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseTcpdumpArp(text).ok).toBe(false)
  })

  it('reads the payload after the last ": " that follows "ethertype ARP", as the pattern it replaces did', () => {
    const line = `${header}, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.2, length 28`
    expect(parseTcpdumpArp(line)).toEqual({
      ok: true,
      value: [{op: 'request', senderMac: '00:11:22:33:44:55', senderIp: '10.0.0.2', targetIp: '10.0.0.1'}],
    })
    expect(parseTcpdumpArp(`${header}, ethertype ARP (0x0806), length 42: x: Reply 10.0.0.1 is-at 00:11:22:33:44:55, length 28`)).toEqual({
      ok: true,
      value: [],
    })
    expect(parseTcpdumpArp(`${header}, ETHERTYPE arp: x: Reply 10.0.0.1 is-at 00:11:22:33:44:55`).ok).toBe(true)
    expect(parseTcpdumpArp(`${header}, ethertype ARP (0x0806), length 42:Request who-has 10.0.0.1 tell 10.0.0.2,`).ok).toBe(false)
    expect(parseTcpdumpArp(`${header}\r, ethertype ARP: Request who-has 10.0.0.1 tell 10.0.0.2,`).ok).toBe(false)
  })
})
