// IPv4 addresses and subnets as values: numbers for ranges, CIDR subnets, host ranges, and the one temporary-address chooser.
import ipaddr from 'ipaddr.js'
import {addressOf, isIpv4, prefixOf} from './address.js'

/** ipv4Number turns a dotted quad into a 32-bit number, for ranges and sorting. */
export function ipv4Number(address: string): number {
  return ipaddr.IPv4.parse(address)
    .toByteArray()
    .reduce((sum, byte) => sum * 256 + byte, 0)
}

/** ipv4Text turns a 32-bit number back into a dotted quad. */
export function ipv4Text(value: number): string {
  return [24, 16, 8, 0].map(shift => Math.floor(value / 2 ** shift) % 256).join('.')
}

/** prefixOfMask turns a subnet mask (255.255.255.0) into a prefix length (24), or null for a mask with holes. */
export function prefixOfMask(mask: string): number | null {
  if (!isIpv4(mask)) return null
  const prefix = ipaddr.IPv4.parse(mask).prefixLengthFromSubnetMask()
  return prefix === null ? null : prefix
}

/** subnetOf gives the subnet in CIDR form (192.168.0.0/24) of an address and a prefix length. */
export function subnetOf(address: string, prefix: number): string {
  return `${ipaddr.IPv4.networkAddressFromCIDR(`${address}/${prefix}`).toString()}/${prefix}`
}

/** inSubnet tells whether an IPv4 address lies in a CIDR subnet. */
export function inSubnet(address: string, cidr: string): boolean {
  return isIpv4(address) && ipaddr.IPv4.parse(address).match(ipaddr.IPv4.parseCIDR(cidr))
}

/** hostRange gives the first and last usable host address of a subnet (network and broadcast left out). */
export function hostRange(cidr: string): {first: number; last: number} {
  const start = ipv4Number(addressOf(cidr))
  const size = 2 ** (32 - prefixOf(cidr))
  return size <= 2 ? {first: start, last: start + size - 1} : {first: start + 1, last: start + size - 2}
}

/** ROUTER_SLOTS is how many of a subnet's top host addresses the temporary address leaves alone: routers, extenders and access
 * points often sit there (.254, .253), where a device that was not heard could still be. */
const ROUTER_SLOTS = 4

/** temporaryAddress picks, for this machine to borrow on another subnet (to reach a device left there), a high host address that
 * nobody was seen using, below the top few a router may hold (.250 in a /24); the one chooser why-no-ping and lan both use. */
export function temporaryAddress(subnet: string, taken: Set<string>): string {
  const {first, last} = hostRange(subnet)
  const top = last - first >= 2 * ROUTER_SLOTS ? last - ROUTER_SLOTS : last
  for (let value = top; value >= first; value--) if (!taken.has(ipv4Text(value))) return ipv4Text(value)
  return ipv4Text(top)
}
