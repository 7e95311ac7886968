// DHCPDISCOVERs on a chosen port, the port's own and a few from made-up MACs that sample the pool, and every OFFER that answers
// them within a short window; never a REQUEST, so no lease is taken.
import {performance} from 'node:perf_hooks'
import {randomInt} from 'node:crypto'
import type {Host} from '../host/host.js'
import {isNotLive, type SocketError, type UdpSocket} from '../host/sockets.js'
import {decodeDhcp, encodeDiscover} from '../parse/dhcp-packet.js'
import type {DhcpDiscover, DhcpOffer} from '../capabilities/lan/facts.js'

/** DiscoverOptions say where to ask: the host whose sockets send, the port, its MAC, the port's IPv4 address to send from (null when it has none), how long to
 * wait, and how many sampling DISCOVERs to send beside the port's own (default POOL_SAMPLES). */
export interface DiscoverOptions {
  host: Host
  dev: string
  mac: string
  source: string | null
  windowMs: number
  samples?: number
}

/** POOL_SAMPLES is how many extra DISCOVERs, from made-up client MACs, sample the pool: a router's offers to them scatter over the
 * pool (dnsmasq hashes the MAC) or run in sequence, and either way show its span around a static address. */
export const POOL_SAMPLES = 7

/** sampleMac makes the n-th sampling client MAC from the port's own: locally administered (02:…), so it is nobody's, and the same
 * on every run, so that a router's choices for it are too. */
export function sampleMac(mac: string, n: number): string {
  const tail = mac
    .split(':')
    .slice(-3)
    .map(part => Number.parseInt(part, 16) || 0)
  return ['02', 'cd', (0xa0 + n).toString(16), ...tail.map(byte => byte.toString(16).padStart(2, '0'))].join(':')
}

const NEEDS_PRIVILEGE = 'binding UDP port 68 (the DHCP client port) needs root or CAP_NET_BIND_SERVICE: run netdoc with sudo to include it'

function failureOf(error: SocketError, dev: string): Pick<DhcpDiscover, 'outcome' | 'reason'> {
  if (error.code === 'EACCES' || error.code === 'EPERM') return {outcome: 'not-permitted', reason: NEEDS_PRIVILEGE}
  if (error.code === 'EADDRINUSE')
    return {outcome: 'port-busy', reason: 'UDP port 68 is held by a DHCP client on this machine that does not share it'}
  if (error.code === 'ENETUNREACH' || error.code === 'EADDRNOTAVAIL')
    return {
      outcome: 'no-route',
      reason: `the broadcast cannot leave by ${dev} (${error.code}): it needs an IPv4 address on ${dev}, or a default route through it`,
    }
  return {outcome: 'failed', reason: `${error.code ?? 'error'}: ${error.message}`}
}

/** MAX_OFFERS bounds the offers kept: a LAN has a server or two, each offering once; a server answering without end is cut here. */
export const MAX_OFFERS = 64

/** discoverDhcp broadcasts one DISCOVER (broadcast flag set, the port's own MAC), and beside it the sampling DISCOVERs (made-up
 * MACs), and collects every OFFER to any of them; never a REQUEST, so no lease is taken.
 * Node cannot bind a socket to a device, so the DISCOVER is sent from the port's own address: Linux sends a limited broadcast
 * out of the port that holds its source address. Replies arrive on a second socket bound to 0.0.0.0:68, which hears broadcasts.
 * Without an address on the port, the broadcast follows the routing table (the default route's port). */
export async function discoverDhcp(options: DiscoverOptions): Promise<DhcpDiscover> {
  const samples = options.samples ?? POOL_SAMPLES
  const base = {dev: options.dev, mac: options.mac, source: options.source, windowMs: options.windowMs, samples}
  const clients = [options.mac, ...Array.from({length: samples}, (_, n) => sampleMac(options.mac, n))].map(mac => ({
    mac,
    xid: randomInt(1, 0xffffffff),
  }))
  const packets = clients.map(client => encodeDiscover(client))
  if (packets.some(packet => packet === null))
    return {...base, outcome: 'failed', reason: `${options.dev} has no Ethernet MAC (${options.mac})`, offers: []}
  const xid = clients[0]!.xid
  const sampleXids = new Set(clients.slice(1).map(client => client.xid))
  const open = () => options.host.sockets.openUdp({reuseAddr: true})
  const opened = options.source === null ? [await open()] : [await open(), await open()]
  const sockets = opened.filter((socket): socket is UdpSocket => !isNotLive(socket))
  const refused = opened.find(isNotLive)
  if (refused) {
    sockets.forEach(socket => socket.close())
    return {...base, outcome: 'failed', reason: refused.reason, offers: []}
  }
  const listener = sockets[0]!
  const sender = sockets[1] ?? listener
  const offers: DhcpOffer[] = []
  let sentAt = 0
  listener.onMessage((message, from) => {
    const decoded = decodeDhcp(message)
    if (
      !decoded.ok ||
      decoded.value.op !== 2 ||
      (decoded.value.xid !== xid && !sampleXids.has(decoded.value.xid)) ||
      decoded.value.messageType !== 'OFFER'
    )
      return
    const offer = decoded.value
    if (offers.length >= MAX_OFFERS) return
    offers.push({
      from: from.address,
      serverId: offer.serverId,
      yiaddr: offer.yiaddr,
      subnetMask: offer.subnetMask,
      routers: offer.routers,
      dnsServers: offer.dnsServers,
      leaseSeconds: offer.leaseSeconds,
      domainName: offer.domainName,
      ms: Math.round(performance.now() - sentAt),
      sample: decoded.value.xid !== xid,
    })
  })
  try {
    const bound = (await listener.bind(68, '0.0.0.0')) ?? (sender !== listener ? await sender.bind(68, options.source!) : null)
    if (bound) return {...base, ...failureOf(bound, options.dev), offers: []}
    sender.setBroadcast(true)
    sentAt = performance.now()
    for (const packet of packets) {
      const sent = await sender.send(packet!, 67, '255.255.255.255')
      if (sent) return {...base, ...failureOf(sent, options.dev), offers: []}
    }
    await new Promise(resolve => setTimeout(resolve, options.windowMs))
    return {...base, outcome: offers.length > 0 ? 'offers' : 'no-offer', reason: null, offers: [...offers]}
  } finally {
    sockets.forEach(socket => socket.close())
  }
}
