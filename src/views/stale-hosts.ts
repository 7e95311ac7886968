// Which devices heard on the cable still use an address from an old router's subnet, with the gateway each still asks for.
import type {LanFacts} from '../capabilities/lan/facts.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {addressOf, isIpv4, isLinkLocalIpv4, prefixOf} from '../net/address.js'
import {inSubnet, subnetOf, temporaryAddress} from '../net/ipv4.js'
import {givenAddresses} from './checked-port.js'
import {dhcpServers} from './dhcp-servers.js'
import {routerView} from './router.js'

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
  const own = [...new Set((lan ? givenAddresses(lan) : []).map(entry => subnetOf(addressOf(entry.cidr), prefixOf(entry.cidr))))]
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
    const host = hosts.get(key) ?? {
      dev: sighting.dev,
      mac: sighting.senderMac,
      address: sighting.senderIp,
      asksFor: [],
      lanSubnet: subnet,
      temporary: '',
      evidence: [],
    }
    hosts.set(key, host)
    if (
      sighting.op === 'request' &&
      sighting.targetIp &&
      sighting.targetIp !== sighting.senderIp &&
      !host.asksFor.includes(sighting.targetIp)
    )
      host.asksFor.push(sighting.targetIp)
  }
  return [...hosts.values()].map(host => {
    const asked = sightings.filter(s => s.senderMac === host.mac && s.senderIp === host.address)
    const requests = asked.filter(s => s.op === 'request' && s.targetIp !== host.address)
    const evidence = [`heard ${host.address} (${host.mac}) on ${host.dev} ${asked.length} time(s) while listening ${seconds} s`]
    for (const target of host.asksFor)
      evidence.push(
        `it asks "who-has ${target}" ${requests.filter(s => s.targetIp === target).length} time(s): the gateway it still believes in`,
      )
    evidence.push(
      `${host.address} is on no subnet of this machine (${own.join(', ') || 'none'})${subnet ? ` nor the router's ${subnet}` : ''}`,
    )
    const taken = new Set([host.address, ...host.asksFor, ...sightings.map(s => s.senderIp)])
    return {...host, temporary: temporaryAddress(subnetOf(host.address, 24), taken), evidence}
  })
}
