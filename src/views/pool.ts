// What is known of the DHCP pool (a range told or configured, the span seen handed out, or nothing), and whether an address is in it.
import type {Snapshot} from '../snapshot/snapshot.js'
import {isIpv4} from '../net/address.js'
import {inSubnet, ipv4Number} from '../net/ipv4.js'
import {dhcpServers} from './dhcp-servers.js'
import {leaseIsCurrent, leasesOf} from './leases.js'
import {routerView} from './router.js'

/** PoolView is what is known of the DHCP pool: a range (told or configured), only addresses seen handed out, or nothing. */
export type PoolView =
  | {kind: 'range'; first: string; last: string; source: string}
  | {kind: 'observed'; first: string; last: string; addresses: string[]; source: string}
  | {kind: 'unknown'; source: string}

/** POOL_UNKNOWN_HELP says what would tell the pool, for a report whose pool is unknown. */
export const POOL_UNKNOWN_HELP = "the router's DHCP settings page shows the pool (start and end address): give it with --pool FIRST-LAST"

/** poolView gives the pool range when told (--pool) or configured here (dnsmasq), else the span of addresses seen handed out
 * in the router's subnet (offers, answers heard, this port's current lease: a pool is one range, so it holds at least that span,
 * though a reservation may lie outside it), else unknown. */
export function poolView(snapshot: Snapshot): PoolView {
  const lan = snapshot.lan
  const subnet = routerView(snapshot).subnet
  const hint = (lan?.poolHints ?? []).find(candidate => subnet === null || inSubnet(candidate.first, subnet))
  if (hint) return {kind: 'range', first: hint.first, last: hint.last, source: hint.source}
  const handedOut = new Set<string>()
  for (const server of dhcpServers(lan))
    for (const address of server.offered) if (subnet === null || inSubnet(address, subnet)) handedOut.add(address)
  for (const sighting of lan?.listening?.dhcp ?? [])
    if (sighting.messageType === 'REQUEST' && sighting.requestedAddress && subnet && inSubnet(sighting.requestedAddress, subnet))
      handedOut.add(sighting.requestedAddress)
  for (const lease of lan ? leasesOf(lan, lan.dev) : [])
    if (lease.address && subnet && inSubnet(lease.address, subnet) && leaseIsCurrent(lease, snapshot.collectedAt))
      handedOut.add(lease.address)
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
