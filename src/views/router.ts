// What the LAN itself says of its router: the gateway and subnet its DHCP server hands out (or this port's current lease gave).
import type {Snapshot} from '../snapshot/snapshot.js'
import {addressOf} from '../net/address.js'
import {inSubnet, prefixOfMask, subnetOf} from '../net/ipv4.js'
import {portAddresses} from './checked-port.js'
import {dhcpServers, type DhcpServer} from './dhcp-servers.js'
import {leaseIsCurrent, leasesOf} from './leases.js'

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
  return (
    (server.routers.some(router => gateways.has(router)) ? 4 : 0) +
    (own.some(address => inSubnet(address, server.subnet!)) ? 2 : 0) +
    (server.answeredDiscover ? 1 : 0)
  )
}

/** routerView learns the router's subnet from the LAN itself, most direct first: an OFFER to netdoc's DISCOVER, a DHCP answer
 * heard on the cable, then this port's current lease. This machine's own configuration is not asked: it may be what is stale. */
export function routerView(snapshot: Snapshot): RouterView {
  const lan = snapshot.lan
  const gateways = new Set(
    (snapshot.nics?.routes ?? []).filter(route => route.destination === 'default' && route.dev === lan?.dev).map(route => route.gateway),
  )
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
      evidence: [
        chosen.evidence[0]!,
        `the DHCP server ${chosen.serverId} hands out ${chosen.subnet}${chosen.routers[0] ? ` with gateway ${chosen.routers[0]}` : ''}`,
      ],
    }
  const lease = lan
    ? leasesOf(lan, lan.dev).find(candidate => leaseIsCurrent(candidate, snapshot.collectedAt) && candidate.address && candidate.subnetMask)
    : undefined
  const prefix = lease?.subnetMask ? prefixOfMask(lease.subnetMask) : null
  if (lease && prefix !== null)
    return {
      serverId: lease.serverId,
      router: lease.routers[0] ?? null,
      subnet: subnetOf(lease.address!, prefix),
      dnsServers: lease.dnsServers,
      source: 'lease',
      evidence: [
        `the current DHCP lease in ${lease.path}: ${lease.address}, mask ${lease.subnetMask}${lease.routers[0] ? `, gateway ${lease.routers[0]}` : ''}${lease.serverId ? ` from ${lease.serverId}` : ''}`,
      ],
    }
  return {serverId: null, router: null, subnet: null, dnsServers: [], source: 'none', evidence: []}
}
