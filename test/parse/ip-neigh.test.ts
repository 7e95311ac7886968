// parseIpNeigh and parseProcNetArp on the kernel's neighbour table: resolved, failed and still-asking entries.
import {describe, expect, it} from 'vitest'
import {parseIpNeigh, parseProcNetArp} from '../../src/parse/ip-neigh.js'

// Captured with iproute2 6.1 (`ip -j -s neigh show`) and from /proc/net/arp inside the project's namespace lab, after
// pinging a host that answers (192.168.50.1) and an address nobody holds (192.168.50.99).
const IP_NEIGH = `[{"dst":"192.168.50.1","dev":"eth0","lladdr":"de:84:a5:ab:ce:e3","refcnt":1,"used":6,"confirmed":1,"updated":6,"probes":4,"state":["REACHABLE"]},{"dst":"192.168.50.99","dev":"eth0","used":5,"confirmed":66,"updated":3,"probes":6,"state":["FAILED"]}]`
const PROC_NET_ARP = `IP address       HW type     Flags       HW address            Mask     Device
192.168.50.1     0x1         0x2         de:84:a5:ab:ce:e3     *        eth0
192.168.50.99    0x1         0x0         00:00:00:00:00:00     *        eth0
`

describe('parseIpNeigh', () => {
  it('reads state, MAC and how long ago the neighbour was confirmed', () => {
    expect(parseIpNeigh(IP_NEIGH)).toEqual({
      ok: true,
      value: [
        {address: '192.168.50.1', dev: 'eth0', mac: 'de:84:a5:ab:ce:e3', state: 'REACHABLE', confirmedSecondsAgo: 1},
        {address: '192.168.50.99', dev: 'eth0', mac: null, state: 'FAILED', confirmedSecondsAgo: 66},
      ],
    })
  })

  it('reads an empty table', () => {
    expect(parseIpNeigh('[]')).toEqual({ok: true, value: []})
  })

  it.each([
    ['empty', ''],
    ['truncated', IP_NEIGH.slice(0, 50)],
    ['garbage', 'Object "neigh" is unknown'],
  ])('gives an error value for %s output', (_name, text) => {
    expect(parseIpNeigh(text).ok).toBe(false)
  })
})

describe('parseProcNetArp', () => {
  it('tells a resolved entry (flags 0x2) from an unresolved one (0x0)', () => {
    expect(parseProcNetArp(PROC_NET_ARP)).toEqual({
      ok: true,
      value: [
        {address: '192.168.50.1', dev: 'eth0', mac: 'de:84:a5:ab:ce:e3', state: 'COMPLETE', confirmedSecondsAgo: null},
        {address: '192.168.50.99', dev: 'eth0', mac: null, state: 'INCOMPLETE', confirmedSecondsAgo: null},
      ],
    })
  })

  it('marks a permanent entry (flags 0x6)', () => {
    const text =
      'IP address       HW type     Flags       HW address            Mask     Device\n10.0.0.1 0x1 0x6 aa:bb:cc:dd:ee:ff * eth0\n'
    expect(parseProcNetArp(text)).toMatchObject({ok: true, value: [{state: 'PERMANENT', mac: 'aa:bb:cc:dd:ee:ff'}]})
  })

  it.each([
    ['empty', ''],
    ['no header', '192.168.50.1 0x1 0x2 de:84:a5:ab:ce:e3 * eth0'],
    ['a short line', `${PROC_NET_ARP}10.0.0.9 0x1\n`],
  ])('gives an error value for %s input', (_name, text) => {
    expect(parseProcNetArp(text).ok).toBe(false)
  })
})
