// Which IPv4 subnets this machine holds an address on, which of them holds a given address, and whether that subnet is suspiciously wide.
import type {NicsFacts} from '../capabilities/nics/facts.js'
import {isIpv4, isLinkLocalIpv4, isLoopbackIpv4, parseCidr, prefixOf} from '../net/address.js'
import {inSubnet, subnetOf} from '../net/ipv4.js'

/** LocalSubnet is one IPv4 subnet this machine holds an address on. */
export interface LocalSubnet {
  dev: string
  address: string
  cidr: string
}

/** localSubnets lists the IPv4 subnets of the ports that are switched on (loopback left out), e.g. 192.168.0.0/24 on eth0. */
export function localSubnets(nics: NicsFacts | undefined): LocalSubnet[] {
  return (nics?.ports ?? []).flatMap(port => {
    if (port.name === null || port.virtualType === 'loopback' || port.adminUp === false) return []
    return port.addresses.flatMap(cidrText => {
      const cidr = parseCidr(cidrText)
      if (!cidr || !isIpv4(cidr.address) || isLoopbackIpv4(cidr.address)) return []
      return [{dev: port.name!, address: cidr.address, cidr: subnetOf(cidr.address, cidr.prefix)}]
    })
  })
}

/** subnetHolding returns the local subnet an IPv4 address lies in, or null when it is on none. */
export function subnetHolding(address: string, nics: NicsFacts | undefined): LocalSubnet | null {
  if (!isIpv4(address)) return null
  return localSubnets(nics).find(subnet => inSubnet(address, subnet.cidr)) ?? null
}

/** wideSubnetAround returns the local subnet holding `address` when it is wider than a /24 and `address` lies outside the /24 of
 * this machine's own address there: on a home LAN (a /24) such a target sits behind the router, so silence on ARP would not show
 * it is gone; the netmask may be too wide. Null otherwise. */
export function wideSubnetAround(address: string, nics: NicsFacts | undefined): LocalSubnet | null {
  const subnet = subnetHolding(address, nics)
  if (!subnet || prefixOf(subnet.cidr) >= 24) return null
  return inSubnet(address, subnetOf(subnet.address, 24)) ? null : subnet
}

/** subnetsText lists the local subnets for a sentence, e.g. "192.168.0.0/24 on eth0". */
export function subnetsText(nics: NicsFacts | undefined): string {
  const subnets = localSubnets(nics).filter(subnet => !isLinkLocalIpv4(subnet.address))
  return subnets.length > 0 ? subnets.map(subnet => `${subnet.cidr} on ${subnet.dev}`).join(', ') : 'none'
}
