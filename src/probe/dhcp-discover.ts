// One DHCPDISCOVER on a chosen port, and every OFFER that answers it within a short window; never a REQUEST, so no lease is taken.
import {createSocket, type Socket} from 'node:dgram'
import {performance} from 'node:perf_hooks'
import {randomInt} from 'node:crypto'
import {decodeDhcp, encodeDiscover} from '../parse/dhcp-packet.js'
import type {DhcpDiscover, DhcpOffer} from '../snapshot/lan.js'

/** DiscoverOptions say where to ask: the port, its MAC, the port's IPv4 address to send from (null when it has none), and how long to wait. */
export interface DiscoverOptions {
  dev: string
  mac: string
  source: string | null
  windowMs: number
}

const NEEDS_PRIVILEGE = 'binding UDP port 68 (the DHCP client port) needs root or CAP_NET_BIND_SERVICE: run netdoc with sudo to include it'

function bind(socket: Socket, address: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise(resolve => {
    socket.once('error', error => resolve(error as NodeJS.ErrnoException))
    socket.bind({port: 68, address}, () => resolve(null))
  })
}

function send(socket: Socket, bytes: Uint8Array): Promise<NodeJS.ErrnoException | null> {
  return new Promise(resolve => socket.send(bytes, 67, '255.255.255.255', error => resolve((error as NodeJS.ErrnoException | null) ?? null)))
}

function failureOf(error: NodeJS.ErrnoException, dev: string): Pick<DhcpDiscover, 'outcome' | 'reason'> {
  if (error.code === 'EACCES' || error.code === 'EPERM') return {outcome: 'not-permitted', reason: NEEDS_PRIVILEGE}
  if (error.code === 'EADDRINUSE') return {outcome: 'port-busy', reason: 'UDP port 68 is held by a DHCP client on this machine that does not share it'}
  if (error.code === 'ENETUNREACH' || error.code === 'EADDRNOTAVAIL')
    return {outcome: 'no-route', reason: `the broadcast cannot leave by ${dev} (${error.code}): it needs an IPv4 address on ${dev}, or a default route through it`}
  return {outcome: 'failed', reason: `${error.code ?? 'error'}: ${error.message}`}
}

/** MAX_OFFERS bounds the offers kept: a LAN has a server or two, each offering once; a server answering without end is cut here. */
export const MAX_OFFERS = 64

/** discoverDhcp broadcasts one DISCOVER (broadcast flag set, the port's own MAC) and collects every OFFER with the same transaction id.
 * Node cannot bind a socket to a device, so the DISCOVER is sent from the port's own address: Linux sends a limited broadcast
 * out of the port that holds its source address. Replies arrive on a second socket bound to 0.0.0.0:68, which hears broadcasts.
 * Without an address on the port, the broadcast follows the routing table (the default route's port). */
export async function discoverDhcp(options: DiscoverOptions): Promise<DhcpDiscover> {
  const base = {dev: options.dev, mac: options.mac, source: options.source, windowMs: options.windowMs}
  const xid = randomInt(1, 0xffffffff)
  const packet = encodeDiscover({xid, mac: options.mac})
  if (packet === null) return {...base, outcome: 'failed', reason: `${options.dev} has no Ethernet MAC (${options.mac})`, offers: []}
  const listener = createSocket({type: 'udp4', reuseAddr: true})
  const sender = options.source === null ? listener : createSocket({type: 'udp4', reuseAddr: true})
  const offers: DhcpOffer[] = []
  let sentAt = 0
  listener.on('message', (message, from) => {
    const decoded = decodeDhcp(new Uint8Array(message))
    if (!decoded.ok || decoded.value.op !== 2 || decoded.value.xid !== xid || decoded.value.messageType !== 'OFFER') return
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
    })
  })
  const close = () => {
    for (const socket of new Set([listener, sender]))
      try {
        socket.close()
      } catch {
        // a socket that never bound has nothing to close
      }
  }
  try {
    const bound = (await bind(listener, '0.0.0.0')) ?? (sender !== listener ? await bind(sender, options.source!) : null)
    if (bound) return {...base, ...failureOf(bound, options.dev), offers: []}
    sender.setBroadcast(true)
    sentAt = performance.now()
    const sent = await send(sender, packet)
    if (sent) return {...base, ...failureOf(sent, options.dev), offers: []}
    await new Promise(resolve => setTimeout(resolve, options.windowMs))
    return {...base, outcome: offers.length > 0 ? 'offers' : 'no-offer', reason: null, offers: [...offers]}
  } finally {
    close()
  }
}
