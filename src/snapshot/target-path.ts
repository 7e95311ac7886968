// Questions about the path to a why-no-ping target that several rules and the path picture ask, and how each fact is worded.
import ipaddr from 'ipaddr.js'
import {isIpv4, isLinkLocalIpv4, parseCidr, prefixOf} from '../net/address.js'
import {subnetOf} from '../net/ipv4.js'
import type {NicsFacts, Port} from './nics.js'
import type {ArpProbe, Neighbour, PingFacts, Resolution, RouteProbe, TcpProbe} from './ping.js'
import {configuredAddresses, configuredIpv6Addresses} from './ports.js'
import type {Snapshot} from './snapshot.js'

/** LocalSubnet is one IPv4 subnet this machine holds an address on. */
export interface LocalSubnet {
  dev: string
  address: string
  cidr: string
}

/** askedBy names how a LAN finds who holds an address: ARP for IPv4, neighbour discovery (IPv6's ARP) for IPv6. */
export function askedBy(address: string): 'ARP' | 'neighbour discovery' {
  return isIpv4(address) ? 'ARP' : 'neighbour discovery'
}

/** localSubnets lists the IPv4 subnets of the ports that are switched on (loopback left out), e.g. 192.168.0.0/24 on eth0. */
export function localSubnets(nics: NicsFacts | undefined): LocalSubnet[] {
  return (nics?.ports ?? []).flatMap(port => {
    if (port.name === null || port.virtualType === 'loopback' || port.adminUp === false) return []
    return port.addresses.flatMap(cidrText => {
      const cidr = parseCidr(cidrText)
      if (!cidr || !isIpv4(cidr.address) || cidr.address.startsWith('127.')) return []
      return [{dev: port.name!, address: cidr.address, cidr: subnetOf(cidr.address, cidr.prefix)}]
    })
  })
}

/** subnetHolding returns the local subnet an IPv4 address lies in, or null when it is on none. */
export function subnetHolding(address: string, nics: NicsFacts | undefined): LocalSubnet | null {
  if (!isIpv4(address)) return null
  const parsed = ipaddr.IPv4.parse(address)
  return localSubnets(nics).find(subnet => parsed.match(ipaddr.IPv4.parseCIDR(subnet.cidr))) ?? null
}

/** wideSubnetAround returns the local subnet holding `address` when it is wider than a /24 and `address` lies outside the /24 of
 * this machine's own address there: on a home LAN (a /24) such a target sits behind the router, so silence on ARP would not show
 * it is gone; the netmask may be too wide. Null otherwise. */
export function wideSubnetAround(address: string, nics: NicsFacts | undefined): LocalSubnet | null {
  const subnet = subnetHolding(address, nics)
  if (!subnet || prefixOf(subnet.cidr) >= 24) return null
  const own = ipaddr.IPv4.networkAddressFromCIDR(`${subnet.address}/24`).toString()
  return ipaddr.IPv4.parse(address).match(ipaddr.IPv4.parse(own), 24) ? null : subnet
}

/** targetRoute is the kernel's route to the probed address, when it was asked. */
export function targetRoute(facts: PingFacts): RouteProbe | null {
  return facts.address === null ? null : (facts.routes.find(route => route.to === facts.address) ?? null)
}

/** defaultGateway is the gateway of this machine's first default route, with its port. */
export function defaultGateway(nics: NicsFacts | undefined): {gateway: string; dev: string} | null {
  const route = (nics?.routes ?? []).find(r => r.destination === 'default' && r.gateway !== null)
  return route ? {gateway: route.gateway!, dev: route.dev} : null
}

/** defaultRouteDevs names the ports this machine's default routes leave by (with a gateway or without, as a VPN's). */
export function defaultRouteDevs(nics: NicsFacts | undefined): Set<string> {
  return new Set((nics?.routes ?? []).filter(route => route.destination === 'default').map(route => route.dev))
}

/** pathDev names the port the traffic leaves by: the target's route, else (name unresolved) a DNS server's route, else the default
 * route's, else (no route at all) the port holding an IPv4 address. */
export function pathDev(snapshot: Snapshot): string | null {
  const facts = snapshot.ping
  const routed = facts ? (targetRoute(facts) ?? facts.routes.find(route => route.route !== null) ?? null) : null
  return routed?.route?.dev ?? defaultGateway(snapshot.nics)?.dev ?? localSubnets(snapshot.nics)[0]?.dev ?? null
}

/** trafficPorts names the ports this machine's traffic leaves by: every default route's and, with why-no-ping's facts, the target's. */
export function trafficPorts(snapshot: Snapshot): Set<string> {
  const ports = defaultRouteDevs(snapshot.nics)
  const targetDev = snapshot.ping ? pathDev(snapshot) : null
  if (targetDev !== null) ports.add(targetDev)
  return ports
}

/** portNamed finds a port by interface name. */
export function portNamed(nics: NicsFacts | undefined, name: string | null): Port | null {
  return name === null ? null : ((nics?.ports ?? []).find(port => port.name === name) ?? null)
}

/** usablePorts are the ports that could carry traffic: switched on, with link, not loopback. */
export function usablePorts(nics: NicsFacts | undefined): Port[] {
  return (nics?.ports ?? []).filter(port => port.name !== null && port.virtualType !== 'loopback' && port.adminUp !== false && port.carrier === true)
}

/** heldAddresses words the addresses a person, DHCP or the router gave the usable ports, of one family: "fd00::10/64 on eth0". */
export function heldAddresses(nics: NicsFacts | undefined, family: 'ipv4' | 'ipv6'): string[] {
  const configured = family === 'ipv4' ? configuredAddresses : configuredIpv6Addresses
  return usablePorts(nics).flatMap(port => configured(port).map(cidr => `${cidr} on ${port.name}`))
}

/** hasUsableIpv4 tells whether some port with link holds an IPv4 address a person or DHCP gave it. */
export function hasUsableIpv4(nics: NicsFacts | undefined): boolean {
  return heldAddresses(nics, 'ipv4').length > 0
}

/** arpProbesFor lists every ARP probe of one address. */
export function arpProbesFor(facts: PingFacts, address: string): ArpProbe[] {
  return facts.arp.filter(probe => probe.address === address)
}

/** neighbourOf finds the kernel's neighbour entry for an address. */
export function neighbourOf(facts: PingFacts, address: string): Neighbour | null {
  return facts.neighbours.find(entry => entry.address === address) ?? null
}

/** FAILED_NEIGHBOUR_STATES are the states of an address nothing answered ARP (or NDP) for. */
export const FAILED_NEIGHBOUR_STATES = ['INCOMPLETE', 'FAILED']

/** answeredArp lists the MACs that answered ARP for an address: arping replies and replies heard while listening. */
export function answeredArp(facts: PingFacts, address: string): string[] {
  const fromArping = arpProbesFor(facts, address).flatMap(probe => probe.macs)
  const heard = (facts.listening?.sightings ?? []).filter(s => s.op === 'reply' && s.senderIp === address).map(s => s.senderMac)
  return [...new Set([...fromArping, ...heard])]
}

/** arpSilence lists the facts that show nothing answered ARP (or, for IPv6, neighbour discovery) for an address (empty when none do). */
export function arpSilence(facts: PingFacts, address: string): string[] {
  const evidence = arpProbesFor(facts, address)
    .filter(probe => probe.outcome === 'no-reply')
    .map(probe => `arping ${address} on ${probe.dev}: ${probe.line ?? 'no reply'}`)
  const neighbour = neighbourOf(facts, address)
  if (neighbour && FAILED_NEIGHBOUR_STATES.includes(neighbour.state))
    evidence.push(`the kernel's neighbour table: ${address} on ${neighbour.dev} is ${neighbour.state} (no MAC: ${askedBy(address)} got no answer)`)
  return evidence
}

/** tcpAnswers are the TCP probes the target answered: a listener (open) or a reset (refused). */
export function tcpAnswers(facts: PingFacts): TcpProbe[] {
  return facts.tcp.filter(probe => probe.outcome === 'open' || probe.outcome === 'refused')
}

/** describeTcp words the TCP ports that answered, e.g. "TCP 22 open; TCP 80, 443 refused (a reset: the host is there)". */
export function describeTcp(probes: readonly TcpProbe[]): string {
  const open = probes.filter(probe => probe.outcome === 'open').map(probe => probe.port)
  const refused = probes.filter(probe => probe.outcome === 'refused').map(probe => probe.port)
  const parts = [open.length > 0 ? `TCP ${open.join(', ')} open` : '', refused.length > 0 ? `TCP ${refused.join(', ')} refused (a reset: the host is there)` : '']
  return parts.filter(Boolean).join('; ')
}

/** presenceEvidence lists the facts that prove the target is there: an ARP answer, a TCP answer, a recently confirmed neighbour entry. */
export function presenceEvidence(facts: PingFacts): string[] {
  if (facts.address === null) return []
  const evidence: string[] = []
  const macs = answeredArp(facts, facts.address)
  if (macs.length > 0) evidence.push(`${facts.address} answered ARP from ${macs.join(' and ')}`)
  const tcp = tcpAnswers(facts)
  if (tcp.length > 0) evidence.push(`${facts.address} answered TCP: ${describeTcp(tcp)}`)
  const neighbour = neighbourOf(facts, facts.address)
  const arpAsked = arpProbesFor(facts, facts.address).some(probe => probe.outcome === 'replied' || probe.outcome === 'no-reply')
  if (evidence.length === 0 && !arpAsked && neighbour?.state === 'REACHABLE' && neighbour.mac)
    evidence.push(`the kernel's neighbour table has ${facts.address} REACHABLE at ${neighbour.mac}${neighbour.confirmedSecondsAgo !== null ? ` (confirmed ${neighbour.confirmedSecondsAgo} s ago)` : ''}`)
  return evidence
}

/** pingFailed tells whether echo requests went out and nothing answered them (silence, an ICMP error, or ping outlived its window). */
export function pingFailed(facts: PingFacts): boolean {
  return facts.ping !== null && ['no-reply', 'unreachable', 'timed-out'].includes(facts.ping.outcome)
}

/** targetSilent tells whether the target's address shows no sign of life: ping went unanswered, or (ping refused) nothing answered
 * ARP for it; and nothing else (ARP, TCP) showed it present. */
export function targetSilent(facts: PingFacts): boolean {
  if (facts.address === null || facts.ping?.outcome === 'reply' || presenceEvidence(facts).length > 0) return false
  return pingFailed(facts) || arpSilence(facts, facts.address).length > 0
}

/** pingEvidence words the ping run in one line: its outcome and the line of output that shows it. */
export function pingEvidence(facts: PingFacts): string {
  const ping = facts.ping
  if (ping === null) return 'ping did not run'
  return `ping ${ping.address}: ${ping.line ?? ping.outcome}`
}

/** describeRouteProbe words the kernel's route choice, e.g. "ip route get 10.0.0.5: dev eth0 via 192.168.0.1". */
export function describeRouteProbe(probe: RouteProbe): string {
  if (probe.route === null) return `ip route get ${probe.to}: ${probe.error ?? 'no route'}`
  const route = probe.route
  return `ip route get ${probe.to}: dev ${route.dev}${route.gateway ? ` via ${route.gateway}` : ' (on the local subnet, no gateway)'}${route.linkdown ? ', linkdown' : ''}`
}

/** subnetsText lists the local subnets for a sentence, e.g. "192.168.0.0/24 on eth0". */
export function subnetsText(nics: NicsFacts | undefined): string {
  const subnets = localSubnets(nics).filter(subnet => !isLinkLocalIpv4(subnet.address))
  return subnets.length > 0 ? subnets.map(subnet => `${subnet.cidr} on ${subnet.dev}`).join(', ') : 'none'
}

/** DNS_WORDS name each DNS outcome in a person's words. */
export const DNS_WORDS = {
  answered: 'answered',
  nxdomain: 'answered NXDOMAIN (no such name)',
  'no-data': 'answered that the name has no address (NODATA)',
  'no-answer': 'gave no answer',
  refused: 'refused to answer (REFUSED)',
  'server-failure': 'failed to answer (SERVFAIL)',
  error: 'could not be asked',
} as const

/** unread tells whether a fact of this machine could not be read (a gap names it, e.g. "addresses" when `ip` is missing):
 * a rule must then not take its absence as a cause. */
export function unread(snapshot: Snapshot, fact: string): boolean {
  return snapshot.gaps.some(gap => gap.fact === fact)
}

/** pingReplied tells whether the target answered ping: the positive evidence that the whole path works. */
export function pingReplied(facts: PingFacts): boolean {
  return facts.ping?.outcome === 'reply'
}

/** IcmpError is an ICMP error ping reported: who sent it, and what it says ("Destination Net Unreachable", "Packet filtered"). */
export interface IcmpError {
  from: string
  says: string
}

/** icmpError reads the ICMP error in ping's decisive line, or null when ping got none. */
export function icmpError(facts: PingFacts): IcmpError | null {
  const match = /^From (\S+?)(?: \(\S+\))? icmp_seq=\d+ (.+)$/.exec(facts.ping?.line ?? '')
  return match ? {from: match[1]!, says: match[2]!.trim()} : null
}

/** FILTERED_WORDS are what iputils ping prints for an ICMP "administratively prohibited" error: a firewall's refusal. */
const FILTERED_WORDS = /Packet filtered|Prohibited/i

/** filteredBy names who answered ping with "administratively prohibited" (a firewall rejecting it), or null. */
export function filteredBy(facts: PingFacts): string | null {
  const error = icmpError(facts)
  return error && FILTERED_WORDS.test(error.says) ? error.from : null
}

/** gatewayMacs lists the MACs the gateway was seen with (its ARP answers, its neighbour entry): an ARP answer for another address
 * from one of them is the router answering for it (proxy ARP), not a device on this cable. */
export function gatewayMacs(facts: PingFacts, gateway: string | null): Set<string> {
  if (gateway === null) return new Set()
  const neighbour = neighbourOf(facts, gateway)
  return new Set([...answeredArp(facts, gateway), ...(neighbour?.mac ? [neighbour.mac] : [])])
}

/** TUNNEL_TYPES are the software ports a VPN brings up; without link they carry nothing. */
const TUNNEL_TYPES = new Set(['tun', 'tap', 'wireguard', 'ppp', 'ipip', 'gre', 'sit', 'vti', 'ip6tnl'])

/** isTunnel tells whether a port is a VPN's or a tunnel's (tun0, wg0, ppp0…), by its kind or, failing that, its name. */
export function isTunnel(port: Port): boolean {
  return (port.virtualType !== null && TUNNEL_TYPES.has(port.virtualType)) || /^(tun|tap|wg|ppp|vpn)\d/.test(port.name ?? '')
}

/** NameOutcome is what the DNS servers said of one name, as the resolver takes it: an answer, a denial (NXDOMAIN or NODATA, from
 * any server), silence (some server said nothing: the lookup waits for it), an error asking, or else a refusal or a failure. */
export type NameOutcome = 'answered' | 'denied' | 'refused' | 'server-failure' | 'silent' | 'error'

/** nameOutcome decides what the servers said of one name. */
export function nameOutcome(resolution: Resolution, name: string): NameOutcome {
  const outcomes = new Set(resolution.answers.filter(answer => answer.name === name).map(answer => answer.outcome))
  if (outcomes.has('answered')) return 'answered'
  if (outcomes.has('nxdomain') || outcomes.has('no-data')) return 'denied'
  if (outcomes.has('no-answer') || outcomes.size === 0) return 'silent'
  if (outcomes.has('error')) return 'error'
  if (outcomes.has('refused')) return 'refused'
  return 'server-failure'
}

/** LOOKUP_BLAME orders what keeps a lookup from an answer, most telling first: servers that say nothing, that refuse, that fail. */
const LOOKUP_BLAME: NameOutcome[] = ['silent', 'error', 'refused', 'server-failure']

/** lookupFailure says why a name found no address in DNS: 'denied' when every name tried (search suffixes applied) was denied,
 * else the worst thing the servers did with a name they did not deny; null when DNS answered or /etc/hosts had it. */
export function lookupFailure(resolution: Resolution): NameOutcome | null {
  if (resolution.source !== null) return null
  const outcomes = resolution.names.map(name => nameOutcome(resolution, name))
  if (outcomes.includes('answered')) return null
  return LOOKUP_BLAME.find(outcome => outcomes.includes(outcome)) ?? 'denied'
}

/** namesWith lists the names tried that got `outcome`, in the resolver's order. */
export function namesWith(resolution: Resolution, outcome: NameOutcome): string[] {
  return resolution.names.filter(name => nameOutcome(resolution, name) === outcome)
}
