// Which addresses on the LAN are known to be taken, and which static address outside the pool is free to suggest.
import type {Snapshot} from '../snapshot/snapshot.js'
import {addressOf} from '../net/address.js'
import {hostRange, inSubnet, ipv4Number, ipv4Text} from '../net/ipv4.js'
import {dhcpServers} from './dhcp-servers.js'
import {inPool, poolView, type PoolView} from './pool.js'
import {routerView} from './router.js'

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
  const checked = (snapshot.lan?.freeChecks ?? []).find(
    probe => probe.outcome === 'no-reply' && inSubnet(probe.address, subnet) && !inPool(probe.address, pool),
  )
  if (checked)
    return {
      address: checked.address,
      checked: true,
      evidence: `nobody answered arping -D ${checked.address} on ${checked.dev}: it is free now`,
    }
  const [candidate] = freeCandidates(subnet, pool, takenAddresses(snapshot), 1)
  if (!candidate) return null
  return {
    address: candidate,
    checked: false,
    evidence: `${candidate} was not seen in use, but was not checked (duplicate address detection, arping -D, needs root)`,
  }
}
