// Which port `netdoc lan` checked, and which IPv4 addresses a person or DHCP gave this machine's ports (loopback and 169.254 left out).
import type {AddressLifetime, LanFacts} from '../capabilities/lan/facts.js'
import type {Port} from '../capabilities/nics/facts.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {addressOf, isLinkLocalIpv4, isLoopbackIpv4} from '../net/address.js'

/** lanPort is the port `netdoc lan` checked. */
export function lanPort(snapshot: Snapshot): Port | null {
  const dev = snapshot.lan?.dev ?? null
  return (snapshot.nics?.ports ?? []).find(port => port.name !== null && port.name === dev) ?? null
}

/** givenAddresses are the IPv4 addresses of every port that a person or DHCP gave it (link-local and loopback left out). */
export function givenAddresses(lan: LanFacts): AddressLifetime[] {
  return lan.addresses.filter(entry => !isLinkLocalIpv4(addressOf(entry.cidr)) && !isLoopbackIpv4(addressOf(entry.cidr)))
}

/** portAddresses are the port's IPv4 addresses a person or DHCP gave it (link-local left out). */
export function portAddresses(lan: LanFacts, dev: string | null): AddressLifetime[] {
  return givenAddresses(lan).filter(entry => entry.dev === dev)
}
