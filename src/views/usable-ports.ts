// Which of this machine's ports could carry traffic (switched on, with link), the addresses they hold, and which are a VPN's tunnels.
import type {NicsFacts, Port} from '../capabilities/nics/facts.js'
import {configuredAddresses, configuredIpv6Addresses} from '../snapshot/ports.js'

/** portNamed finds a port by interface name. */
export function portNamed(nics: NicsFacts | undefined, name: string | null): Port | null {
  return name === null ? null : ((nics?.ports ?? []).find(port => port.name === name) ?? null)
}

/** usablePorts are the ports that could carry traffic: switched on, with link, not loopback. */
export function usablePorts(nics: NicsFacts | undefined): Port[] {
  return (nics?.ports ?? []).filter(
    port => port.name !== null && port.virtualType !== 'loopback' && port.adminUp !== false && port.carrier === true,
  )
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

/** TUNNEL_TYPES are the software ports a VPN brings up; without link they carry nothing. */
const TUNNEL_TYPES = new Set(['tun', 'tap', 'wireguard', 'ppp', 'ipip', 'gre', 'sit', 'vti', 'ip6tnl'])

/** isTunnel tells whether a port is a VPN's or a tunnel's (tun0, wg0, ppp0…), by its kind or, failing that, its name. */
export function isTunnel(port: Port): boolean {
  return (port.virtualType !== null && TUNNEL_TYPES.has(port.virtualType)) || /^(tun|tap|wg|ppp|vpn)\d/.test(port.name ?? '')
}
