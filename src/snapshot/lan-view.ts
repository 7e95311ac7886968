// Questions about the LAN that the lan rules, the report and the collector all ask: the router's subnet, the DHCP servers,
// the pool, which of this machine's addresses are static, and which address outside the pool is free.
import type {NicsFacts, Port} from './nics.js'
import type {AddressLifetime, DhcpSighting, LanFacts, Lease} from './lan.js'
import {linkState} from './ports.js'
import type {Snapshot} from './snapshot.js'
import {addressOf, isIpv4, isLinkLocalIpv4, prefixOf} from '../net/address.js'
import {hostRange, inSubnet, ipv4Number, ipv4Text, prefixOfMask, subnetOf, temporaryAddress} from '../net/ipv4.js'

/** lanPort is the port `netdoc lan` checked. */
export function lanPort(snapshot: Snapshot): Port | null {
  const dev = snapshot.lan?.dev ?? null
  return (snapshot.nics?.ports ?? []).find(port => port.name !== null && port.name === dev) ?? null
}

/** portAddresses are the port's IPv4 addresses a person or DHCP gave it (link-local left out). */
export function portAddresses(lan: LanFacts, dev: string | null): AddressLifetime[] {
  return lan.addresses.filter(entry => entry.dev === dev && !isLinkLocalIpv4(addressOf(entry.cidr)) && !entry.cidr.startsWith('127.'))
}

/** leaseEnds is when a lease ends: the file's expiry, else the time it was written plus its lease time; null when unknown, as
 * when the file's times are no dates (a damaged or hostile snapshot) or past what a Date can hold. */
export function leaseEnds(lease: Lease): number | null {
  const ends = lease.expires ? Date.parse(lease.expires) : lease.writtenAt && lease.leaseSeconds !== null ? Date.parse(lease.writtenAt) + lease.leaseSeconds * 1000 : null
  return ends === null || Number.isNaN(new Date(ends).getTime()) ? null : ends
}

/** leaseIsCurrent tells whether a lease was still running when the snapshot was taken (unknown end counts as current). */
export function leaseIsCurrent(lease: Lease, collectedAt: string): boolean {
  const ends = leaseEnds(lease)
  return ends === null || ends > Date.parse(collectedAt)
}

/** leasesOf lists the leases of one port, newest file first. */
export function leasesOf(lan: LanFacts, dev: string | null): Lease[] {
  return lan.leases.filter(lease => lease.dev === dev).sort((a, b) => (b.writtenAt ?? '').localeCompare(a.writtenAt ?? ''))
}

/** AddressOrigin says whether an address came from DHCP or was set by hand, and the fact that decided it. */
export interface AddressOrigin {
  address: string
  cidr: string
  origin: 'dhcp' | 'static'
  evidence: string
}

/** addressOrigins decides, for each of the checked port's addresses, DHCP (it has a lifetime, or a current lease names it) or static. */
export function addressOrigins(snapshot: Snapshot): AddressOrigin[] {
  const lan = snapshot.lan
  if (!lan) return []
  return portAddresses(lan, lan.dev).map(entry => {
    const address = addressOf(entry.cidr)
    if (entry.dynamic)
      return {address, cidr: entry.cidr, origin: 'dhcp', evidence: `${entry.cidr} on ${entry.dev} expires${entry.validSeconds !== null ? ` in ${entry.validSeconds} s` : ''} (a DHCP lease)`}
    const lease = lan.leases.find(candidate => candidate.address === address && leaseIsCurrent(candidate, snapshot.collectedAt))
    if (lease) return {address, cidr: entry.cidr, origin: 'dhcp', evidence: `${lease.path} holds a current lease of ${address}`}
    return {address, cidr: entry.cidr, origin: 'static', evidence: `${entry.cidr} on ${entry.dev} never expires and no current DHCP lease names it: set by hand (static)`}
  })
}

/** staticAddresses are the checked port's addresses set by hand. */
export function staticAddresses(snapshot: Snapshot): AddressOrigin[] {
  return addressOrigins(snapshot).filter(entry => entry.origin === 'static')
}

/** DhcpServer is one DHCP server seen answering: by its server id (option 54), with what it hands out. */
export interface DhcpServer {
  serverId: string
  macs: string[]
  subnet: string | null
  routers: string[]
  dnsServers: string[]
  offered: string[]
  /** answeredDiscover tells whether the server offered an address to netdoc's own DISCOVER. */
  answeredDiscover: boolean
  evidence: string[]
}

function isServerReply(sighting: DhcpSighting): boolean {
  return ['OFFER', 'ACK', 'NAK'].includes(sighting.messageType)
}

/** dhcpServers lists every DHCP server that answered netdoc's DISCOVER or was heard answering another client. */
export function dhcpServers(lan: LanFacts | undefined): DhcpServer[] {
  const servers = new Map<string, DhcpServer>()
  const server = (id: string) => {
    const known = servers.get(id)
    if (known) return known
    const created: DhcpServer = {serverId: id, macs: [], subnet: null, routers: [], dnsServers: [], offered: [], answeredDiscover: false, evidence: []}
    servers.set(id, created)
    return created
  }
  const learn = (entry: DhcpServer, yiaddr: string, mask: string | null, routers: string[], dns: string[]) => {
    const prefix = mask ? prefixOfMask(mask) : null
    if (entry.subnet === null && prefix !== null && isIpv4(yiaddr) && yiaddr !== '0.0.0.0') entry.subnet = subnetOf(yiaddr, prefix)
    if (entry.routers.length === 0) entry.routers = routers
    if (entry.dnsServers.length === 0) entry.dnsServers = dns
    if (yiaddr !== '0.0.0.0' && !entry.offered.includes(yiaddr)) entry.offered.push(yiaddr)
  }
  for (const offer of lan?.discover?.offers ?? []) {
    const entry = server(offer.serverId ?? offer.from)
    entry.answeredDiscover = true
    learn(entry, offer.yiaddr, offer.subnetMask, offer.routers, offer.dnsServers)
    entry.evidence.push(`${entry.serverId} answered netdoc's DISCOVER on ${lan!.discover!.dev} after ${offer.ms} ms, offering ${offer.yiaddr}${offer.routers.length > 0 ? ` with gateway ${offer.routers.join(', ')}` : ''}`)
  }
  for (const sighting of (lan?.listening?.dhcp ?? []).filter(isServerReply)) {
    const entry = server(sighting.serverId ?? sighting.sourceIp)
    if (!entry.macs.includes(sighting.sourceMac)) entry.macs.push(sighting.sourceMac)
    learn(entry, sighting.yiaddr, sighting.subnetMask, sighting.routers, sighting.dnsServers)
    entry.evidence.push(`heard ${entry.serverId} (${sighting.sourceMac}) send a DHCP ${sighting.messageType} of ${sighting.yiaddr}${sighting.clientMac ? ` to ${sighting.clientMac}` : ''} on ${sighting.dev}`)
  }
  return [...servers.values()]
}

/** RouterView is what the LAN says about its router: the gateway it hands out and its subnet, and where that was learnt. */
export interface RouterView {
  /** serverId is the DHCP server this view was learnt from (the one that serves this port), null when none was. */
  serverId: string | null
  router: string | null
  subnet: string | null
  dnsServers: string[]
  source: 'dhcp-offer' | 'dhcp-heard' | 'lease' | 'none'
  evidence: string[]
}

/** preference ranks DHCP servers when several answer: the one handing out this port's gateway, then one serving its subnet, then one
 * that answered netdoc's DISCOVER (a stable sort keeps the order they answered in otherwise). */
function preference(server: DhcpServer, gateways: Set<string | null>, own: string[]): number {
  return (server.routers.some(router => gateways.has(router)) ? 4 : 0) + (own.some(address => inSubnet(address, server.subnet!)) ? 2 : 0) + (server.answeredDiscover ? 1 : 0)
}

/** routerView learns the router's subnet from the LAN itself, most direct first: an OFFER to netdoc's DISCOVER, a DHCP answer
 * heard on the cable, then this port's current lease. This machine's own configuration is not asked: it may be what is stale. */
export function routerView(snapshot: Snapshot): RouterView {
  const lan = snapshot.lan
  const gateways = new Set((snapshot.nics?.routes ?? []).filter(route => route.destination === 'default' && route.dev === lan?.dev).map(route => route.gateway))
  const own = lan ? portAddresses(lan, lan.dev).map(entry => addressOf(entry.cidr)) : []
  const servers = dhcpServers(lan)
    .filter(server => server.subnet !== null)
    .sort((a, b) => preference(b, gateways, own) - preference(a, gateways, own))
  const chosen = servers[0]
  const offered = chosen?.answeredDiscover ?? false
  if (chosen)
    return {
      serverId: chosen.serverId,
      router: chosen.routers[0] ?? null,
      subnet: chosen.subnet,
      dnsServers: chosen.dnsServers,
      source: offered ? 'dhcp-offer' : 'dhcp-heard',
      evidence: [chosen.evidence[0]!, `the DHCP server ${chosen.serverId} hands out ${chosen.subnet}${chosen.routers[0] ? ` with gateway ${chosen.routers[0]}` : ''}`],
    }
  const lease = lan ? leasesOf(lan, lan.dev).find(candidate => leaseIsCurrent(candidate, snapshot.collectedAt) && candidate.address && candidate.subnetMask) : undefined
  const prefix = lease?.subnetMask ? prefixOfMask(lease.subnetMask) : null
  if (lease && prefix !== null)
    return {
      serverId: lease.serverId,
      router: lease.routers[0] ?? null,
      subnet: subnetOf(lease.address!, prefix),
      dnsServers: lease.dnsServers,
      source: 'lease',
      evidence: [`the current DHCP lease in ${lease.path}: ${lease.address}, mask ${lease.subnetMask}${lease.routers[0] ? `, gateway ${lease.routers[0]}` : ''}${lease.serverId ? ` from ${lease.serverId}` : ''}`],
    }
  return {serverId: null, router: null, subnet: null, dnsServers: [], source: 'none', evidence: []}
}

/** PoolView is what is known of the DHCP pool: a range (told or configured), only addresses seen handed out, or nothing. */
export type PoolView =
  | {kind: 'range'; first: string; last: string; source: string}
  | {kind: 'observed'; first: string; last: string; addresses: string[]; source: string}
  | {kind: 'unknown'; source: string}

/** POOL_UNKNOWN_HELP says what would tell the pool, for a report whose pool is unknown. */
export const POOL_UNKNOWN_HELP =
  "the router's DHCP settings page shows the pool (start and end address): give it with --pool FIRST-LAST"

/** poolView gives the pool range when told (--pool) or configured here (dnsmasq), else the span of addresses seen handed out
 * in the router's subnet (offers, answers heard, this port's current lease: a pool is one range, so it holds at least that span,
 * though a reservation may lie outside it), else unknown. */
export function poolView(snapshot: Snapshot): PoolView {
  const lan = snapshot.lan
  const subnet = routerView(snapshot).subnet
  const hint = (lan?.poolHints ?? []).find(candidate => subnet === null || inSubnet(candidate.first, subnet))
  if (hint) return {kind: 'range', first: hint.first, last: hint.last, source: hint.source}
  const handedOut = new Set<string>()
  for (const server of dhcpServers(lan)) for (const address of server.offered) if (subnet === null || inSubnet(address, subnet)) handedOut.add(address)
  for (const sighting of lan?.listening?.dhcp ?? []) if (sighting.messageType === 'REQUEST' && sighting.requestedAddress && subnet && inSubnet(sighting.requestedAddress, subnet)) handedOut.add(sighting.requestedAddress)
  for (const lease of lan ? leasesOf(lan, lan.dev) : []) if (lease.address && subnet && inSubnet(lease.address, subnet) && leaseIsCurrent(lease, snapshot.collectedAt)) handedOut.add(lease.address)
  const addresses = [...handedOut].sort((a, b) => ipv4Number(a) - ipv4Number(b))
  const sampled = (lan?.discover?.offers ?? []).filter(offer => offer.sample).length
  if (addresses.length > 0)
    return {
      kind: 'observed',
      first: addresses[0]!,
      last: addresses.at(-1)!,
      addresses,
      source: `addresses seen handed out by DHCP: ${addresses.join(', ')}${sampled > 0 ? ` (${sampled} of the offers to netdoc's sampling DISCOVERs, from made-up MACs; a span seen, not the whole pool)` : ''}`,
    }
  return {kind: 'unknown', source: POOL_UNKNOWN_HELP}
}

/** inPool tells whether an address lies within the pool's known span (range, or the span seen handed out). */
export function inPool(address: string, pool: PoolView): boolean {
  if (pool.kind === 'unknown' || !isIpv4(address)) return false
  const value = ipv4Number(address)
  return value >= ipv4Number(pool.first) && value <= ipv4Number(pool.last)
}

/** takenAddresses are the addresses known to be in use on the LAN: this machine's, the gateway, DHCP servers, neighbours, ARP heard. */
export function takenAddresses(snapshot: Snapshot): Set<string> {
  const lan = snapshot.lan
  const taken = new Set<string>()
  for (const entry of lan?.addresses ?? []) taken.add(addressOf(entry.cidr))
  const router = routerView(snapshot).router
  if (router) taken.add(router)
  if (lan?.gateway) taken.add(lan.gateway.gateway)
  for (const server of dhcpServers(lan)) taken.add(server.serverId)
  for (const neighbour of lan?.neighbours ?? []) if (neighbour.mac) taken.add(neighbour.address)
  for (const sighting of lan?.listening?.arp ?? []) if (sighting.senderIp !== '0.0.0.0') taken.add(sighting.senderIp)
  for (const probe of lan?.freeChecks ?? []) if (probe.outcome === 'replied') taken.add(probe.address)
  return taken
}

/** freeCandidates proposes static addresses outside the pool and not known to be taken: just above the pool first, then just below.
 * Only a known range counts: next to a span merely seen handed out, an address may well be inside the pool. */
export function freeCandidates(subnet: string, pool: PoolView, taken: Set<string>, count: number): string[] {
  if (pool.kind !== 'range') return []
  const {first, last} = hostRange(subnet)
  const order: number[] = []
  for (let value = ipv4Number(pool.last) + 1; value <= last; value++) order.push(value)
  for (let value = ipv4Number(pool.first) - 1; value >= first; value--) order.push(value)
  return order
    .map(ipv4Text)
    .filter(address => !taken.has(address))
    .slice(0, count)
}

/** SuggestedAddress is a static address outside the pool, and whether duplicate address detection showed it free. */
export interface SuggestedAddress {
  address: string
  checked: boolean
  evidence: string
}

/** suggestedAddress picks the first candidate arping -D showed free, else the first not known to be taken (saying it was not checked). */
export function suggestedAddress(snapshot: Snapshot): SuggestedAddress | null {
  const subnet = routerView(snapshot).subnet
  const pool = poolView(snapshot)
  if (subnet === null || pool.kind !== 'range') return null
  const checked = (snapshot.lan?.freeChecks ?? []).find(probe => probe.outcome === 'no-reply' && inSubnet(probe.address, subnet) && !inPool(probe.address, pool))
  if (checked) return {address: checked.address, checked: true, evidence: `nobody answered arping -D ${checked.address} on ${checked.dev}: it is free now`}
  const [candidate] = freeCandidates(subnet, pool, takenAddresses(snapshot), 1)
  if (!candidate) return null
  return {address: candidate, checked: false, evidence: `${candidate} was not seen in use, but was not checked (duplicate address detection, arping -D, needs root)`}
}

/** ReservationPort is one wired port of this machine, as a DHCP reservation would see it. */
export interface ReservationPort {
  name: string
  mac: string | null
  link: string
  describe: string
}

/** Reservation is what to type into the router to keep this machine's address: the MAC of the port with the link. */
export interface Reservation {
  dev: string
  mac: string | null
  address: string | null
  /** addressChecked tells whether duplicate address detection found nobody else on the address just now. */
  addressChecked: boolean
  otherPorts: ReservationPort[]
}

/** reservation names the MAC a DHCP reservation must use (the checked port, which carries the link) and the other ports' MACs
 * that it must not use, with an address for it: the current one when outside the pool, else a suggested free one. */
export function reservation(snapshot: Snapshot): Reservation | null {
  const port = lanPort(snapshot)
  if (!port || port.name === null) return null
  const pool = poolView(snapshot)
  const current = addressOrigins(snapshot)[0]?.address ?? null
  const subnet = routerView(snapshot).subnet
  const keeps = current !== null && (subnet === null || inSubnet(current, subnet)) && !inPool(current, pool)
  const suggestion = keeps ? null : suggestedAddress(snapshot)
  return {
    dev: port.name,
    mac: port.mac,
    address: keeps ? current : (suggestion?.address ?? null),
    addressChecked: keeps ? (snapshot.lan?.duplicates ?? []).some(probe => probe.address === current && probe.outcome === 'no-reply') : (suggestion?.checked ?? false),
    otherPorts: wiredPortsBesides(snapshot.nics, port.name),
  }
}

function wiredPortsBesides(nics: NicsFacts | undefined, name: string): ReservationPort[] {
  return (nics?.ports ?? [])
    .filter(port => port.name !== null && port.name !== name && port.virtualType === null && port.mac !== null && !port.wireless)
    .map(port => ({name: port.name!, mac: port.mac, link: linkState(port), describe: `${port.name} (${port.kind}${port.model ? `, ${port.model}` : ''})`}))
}

/** arpFlooded tells whether listening heard far more ARP than it kept (a storm): then who asked for what is not to be trusted,
 * nor complete, and a gap says so. */
export function arpFlooded(lan: LanFacts | undefined): boolean {
  const listening = lan?.listening
  return listening !== null && listening !== undefined && (listening.arpHeard ?? 0) > listening.arp.length
}

/** StaleHost is a device heard on the cable with an address outside this LAN, and the gateway it asks for. */
export interface StaleHost {
  dev: string
  mac: string
  address: string
  asksFor: string[]
  /** lanSubnet is the subnet it should be on (the router's), when known. */
  lanSubnet: string | null
  /** temporary is an address on its subnet this machine could borrow to reach it. */
  temporary: string
  evidence: string[]
}

/** staleHosts lists devices heard speaking ARP for an address on no subnet of this machine and not the router's: static
 * configurations left from an old router, with the gateway each still asks for. A DHCP server heard on the cable is none: it
 * asks for addresses of its own pool before offering them (lan.dhcp-servers names it). */
export function staleHosts(snapshot: Snapshot): StaleHost[] {
  const lan = snapshot.lan
  if (arpFlooded(lan)) return []
  const subnet = routerView(snapshot).subnet
  const own = [
    ...new Set(
      (lan?.addresses ?? [])
        .filter(entry => !entry.cidr.startsWith('127.') && !isLinkLocalIpv4(addressOf(entry.cidr)))
        .map(entry => subnetOf(addressOf(entry.cidr), prefixOf(entry.cidr))),
    ),
  ]
  const servers = new Set(dhcpServers(lan).flatMap(server => [server.serverId, ...server.macs]))
  const sightings = (lan?.listening?.arp ?? []).filter(
    s =>
      isIpv4(s.senderIp) &&
      s.senderIp !== '0.0.0.0' &&
      !isLinkLocalIpv4(s.senderIp) &&
      !own.some(cidr => inSubnet(s.senderIp, cidr)) &&
      !(subnet && inSubnet(s.senderIp, subnet)) &&
      !servers.has(s.senderIp) &&
      !servers.has(s.senderMac),
  )
  const hosts = new Map<string, StaleHost>()
  const seconds = ((lan?.listening?.ms ?? 0) / 1000).toFixed(1)
  for (const sighting of sightings) {
    const key = `${sighting.senderMac} ${sighting.senderIp}`
    const host = hosts.get(key) ?? {dev: sighting.dev, mac: sighting.senderMac, address: sighting.senderIp, asksFor: [], lanSubnet: subnet, temporary: '', evidence: []}
    hosts.set(key, host)
    if (sighting.op === 'request' && sighting.targetIp && sighting.targetIp !== sighting.senderIp && !host.asksFor.includes(sighting.targetIp)) host.asksFor.push(sighting.targetIp)
  }
  return [...hosts.values()].map(host => {
    const asked = sightings.filter(s => s.senderMac === host.mac && s.senderIp === host.address)
    const requests = asked.filter(s => s.op === 'request' && s.targetIp !== host.address)
    const evidence = [`heard ${host.address} (${host.mac}) on ${host.dev} ${asked.length} time(s) while listening ${seconds} s`]
    for (const target of host.asksFor) evidence.push(`it asks "who-has ${target}" ${requests.filter(s => s.targetIp === target).length} time(s): the gateway it still believes in`)
    evidence.push(`${host.address} is on no subnet of this machine (${own.join(', ') || 'none'})${subnet ? ` nor the router's ${subnet}` : ''}`)
    const taken = new Set([host.address, ...host.asksFor, ...sightings.map(s => s.senderIp)])
    return {...host, temporary: temporaryAddress(subnetOf(host.address, 24), taken), evidence}
  })
}
