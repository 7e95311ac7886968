// The collectors reach the machine only through the Host they are given: on a stand-in live host their facts come from its
// programs and sockets, and on a recorded tree they send nothing at all.
import {describe, expect, it} from 'vitest'
import {collectLan} from '../../src/capabilities/lan/collect.js'
import {collectSweep} from '../../src/capabilities/lan/sweep.js'
import {collectPing} from '../../src/capabilities/ping/collect.js'
import {collectSnapshot} from '../../src/collect/snapshot.js'
import {recordedHost, type Host} from '../../src/host/host.js'
import {NOT_LIVE_REASON, type HostSockets} from '../../src/host/sockets.js'
import {Deadline} from '../../src/probe/deadline.js'
import {DISCARD_PORT} from '../../src/probe/arp-sweep.js'
import {discoverDhcp} from '../../src/probe/dhcp-discover.js'
import {BOOTP_HEADER_BYTES} from '../../src/parse/dhcp-packet.js'
import {emptySnapshot} from '../../src/snapshot/snapshot.js'
import {fixtureTree} from '../support/cli.js'
import {fakeHost, okOutput} from '../support/fake-host.js'

/** The vm-virtio tree: eth0 holds 192.0.2.2/24 with a cable, the default route goes via 192.0.2.1. */
const TREE = fixtureTree('vm-virtio')
const DNS_SERVER = '192.0.2.53'
const NAS = '192.0.2.20'

const PING_REPLY = `PING ${NAS} (${NAS}) 56(84) bytes of data.
64 bytes from ${NAS}: icmp_seq=1 ttl=64 time=0.412 ms

--- ${NAS} ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 402ms
rtt min/avg/max/mdev = 0.300/0.412/0.600/0.100 ms
`

function routeGetOutput(to: string): string {
  return JSON.stringify([{dst: to, dev: 'eth0', prefsrc: '192.0.2.2', flags: [], uid: 1000, cache: []}])
}

/** offerFor answers a DISCOVER as a router at 192.0.2.1 would: the same xid and client MAC, `yiaddr` offered, the router and
 * itself as DNS, a day's lease. */
function offerFor(discover: Uint8Array, yiaddr: string): Uint8Array {
  const ip = (text: string) => text.split('.').map(Number)
  const offer = new Uint8Array(discover)
  offer[0] = 2
  offer.set(ip(yiaddr), 16)
  const options = [
    53,
    1,
    2,
    54,
    4,
    ...ip('192.0.2.1'),
    1,
    4,
    255,
    255,
    255,
    0,
    3,
    4,
    ...ip('192.0.2.1'),
    6,
    4,
    ...ip('192.0.2.1'),
    51,
    4,
    0,
    1,
    81,
    128,
    255,
  ]
  offer.fill(0, BOOTP_HEADER_BYTES + 4)
  offer.set(options, BOOTP_HEADER_BYTES + 4)
  return offer
}

/** counting wraps a host's sockets so a test sees whether a collector asked for one at all. */
function counting(host: Host): {host: Host; opened: string[]} {
  const opened: string[] = []
  const sockets: HostSockets = {
    lookUp: (...args) => (opened.push('dns'), host.sockets.lookUp(...args)),
    lookUpPtr: (...args) => (opened.push('dns'), host.sockets.lookUpPtr(...args)),
    tcpConnect: (...args) => (opened.push('tcp'), host.sockets.tcpConnect(...args)),
    openUdp: (...args) => (opened.push('udp'), host.sockets.openUdp(...args)),
    httpCheck: (...args) => (opened.push('http'), host.sockets.httpCheck(...args)),
    tlsCheck: (...args) => (opened.push('tls'), host.sockets.tlsCheck(...args)),
  }
  return {host: {...host, sockets}, opened}
}

describe('collectors through the host', () => {
  it("collectPing resolves, routes, pings and knocks on TCP ports through the host's sockets and programs", async () => {
    const host = fakeHost({
      tree: TREE,
      files: {'/etc/resolv.conf': `nameserver ${DNS_SERVER}\nsearch lan\n`},
      dns: {[`${DNS_SERVER} nas.lan`]: [NAS]},
      tcp: {[`${NAS}:80`]: {kind: 'connected'}, [`${NAS}:22`]: {kind: 'error', code: 'ECONNREFUSED'}},
      command: argv => {
        if (argv.join(' ').startsWith('ip -j route get ')) return okOutput(routeGetOutput(argv.at(-1)!))
        if (argv[0] === 'ping') return okOutput(PING_REPLY)
        return undefined
      },
    })
    const snapshot = emptySnapshot()
    await collectPing(host, {input: 'nas', kind: 'name'}, snapshot, Deadline.fromNow(3000))
    const facts = snapshot.ping!
    expect(facts.address).toBe(NAS)
    expect(facts.resolution).toMatchObject({source: 'dns', names: ['nas.lan', 'nas'], addresses: [NAS]})
    expect(facts.ping).toMatchObject({outcome: 'reply', argv: expect.arrayContaining(['--', NAS])})
    expect(facts.routes.map(route => route.to)).toEqual(expect.arrayContaining([DNS_SERVER, NAS]))
    const tcp = new Map(facts.tcp.map(probe => [probe.port, probe.outcome]))
    expect([tcp.get(80), tcp.get(22), tcp.get(443)]).toEqual(['open', 'refused', 'timeout'])
    expect(host.asked).toContain(`${DNS_SERVER} nas.lan`)
    expect(host.ran).toContain(`ip -j route get ${NAS}`)
    expect(snapshot.nics?.ports.map(port => port.name)).toContain('eth0')
  })

  it("collectSweep sends one datagram per address of the subnet through the host's sockets, and lists what the neighbour table then holds", async () => {
    const neighbours = [
      {dst: '192.0.2.30', dev: 'eth0', lladdr: 'b8:27:eb:01:02:03', state: ['REACHABLE']},
      {dst: '192.0.2.99', dev: 'eth0', state: ['FAILED']},
    ]
    const host = fakeHost({
      tree: TREE,
      command: argv => (argv.join(' ') === 'ip -j -s neigh show' ? okOutput(JSON.stringify(neighbours)) : undefined),
    })
    const snapshot = emptySnapshot()
    await collectSweep(snapshot, {host})
    const sweep = snapshot.lan!.sweep!
    expect(sweep.subnets).toEqual([{dev: 'eth0', cidr: '192.0.2.0/24'}])
    expect(sweep.sent).toBe(253)
    expect(host.datagrams).toHaveLength(253)
    expect(host.datagrams.every(datagram => datagram.port === DISCARD_PORT && datagram.bytes.length === 0)).toBe(true)
    expect(host.datagrams.map(datagram => datagram.address)).not.toContain('192.0.2.2')
    expect(sweep.hosts).toEqual([expect.objectContaining({address: '192.0.2.30', mac: 'b8:27:eb:01:02:03', answeredNow: true})])
    expect(sweep.vendors).toEqual({b827eb: 'Raspberry Pi Foundation'})
  })

  it("discoverDhcp broadcasts its DISCOVERs through the host's sockets and keeps the OFFERs that answer them", async () => {
    let next = 100
    const host = fakeHost({
      tree: TREE,
      udp: (sent, reply) => reply(offerFor(sent.bytes, `192.0.2.${next++}`), {address: '192.0.2.1', port: 67}),
    })
    const discover = await discoverDhcp({host, dev: 'eth0', mac: '02:fc:00:00:00:01', source: '192.0.2.2', windowMs: 50, samples: 2})
    expect(host.datagrams.map(datagram => `${datagram.address}:${datagram.port}`)).toEqual(Array(3).fill('255.255.255.255:67'))
    expect(discover.outcome).toBe('offers')
    expect(discover.offers.map(offer => [offer.yiaddr, offer.sample])).toEqual([
      ['192.0.2.100', false],
      ['192.0.2.101', true],
      ['192.0.2.102', true],
    ])
    expect(discover.offers[0]).toMatchObject({from: '192.0.2.1', serverId: '192.0.2.1', routers: ['192.0.2.1'], leaseSeconds: 86400})
  })

  it('on a recorded tree, collectLan and collectSweep read the files, leave a gap, and never ask for a socket', async () => {
    const {host, opened} = counting(recordedHost(TREE))
    const snapshot = emptySnapshot()
    await collectLan(snapshot, {host})
    await collectSweep(snapshot, {host})
    expect(opened).toEqual([])
    expect(snapshot.lan?.addresses.map(entry => entry.cidr)).toContain('192.0.2.2/24')
    expect(snapshot.gaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({fact: 'DHCP DISCOVER, listening and probes', reason: NOT_LIVE_REASON, section: 'lan'}),
        expect.objectContaining({fact: 'ARP sweep', reason: NOT_LIVE_REASON, section: 'lan'}),
      ]),
    )
  })

  it('collectSnapshot collects from the host it is given, not from NETDOC_ROOT', async () => {
    delete process.env.NETDOC_ROOT
    const snapshot = await collectSnapshot(['nics'], {host: recordedHost(TREE)})
    expect(snapshot.nics?.ports.find(port => port.name === 'eth0')).toMatchObject({
      mac: '02:fc:00:00:00:01',
      addresses: expect.arrayContaining(['192.0.2.2/24']),
    })
  })
})
