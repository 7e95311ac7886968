// Addresses as netdoc reads them: which text is an IPv4 or IPv6 address, a subnet in CIDR form, or a MAC, and IPv4's ranges.
import ipaddr from 'ipaddr.js'

/** LONGEST_IP is the longest text an address can be (a full IPv6 address with an IPv4 tail and a 15-character zone): longer text
 * is refused before ipaddr.js, whose patterns take time on long hostile input. */
const LONGEST_IP = 45 + 1 + 15

/** DOTTED_QUAD is four decimal numbers without leading zeros (which some C functions read as octal), joined by dots. */
const DOTTED_QUAD = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/

/** isIpv4 tells whether text is a dotted-quad IPv4 address. A pattern, not ipaddr.js: its check throws and catches on every text
 * that is not one (14 µs each, so a hosts file of 20,000 other lines took 280 ms). */
export function isIpv4(address: string): boolean {
  const quad = DOTTED_QUAD.exec(address)
  return quad !== null && quad.slice(1).every(part => Number(part) <= 255)
}

/** isPrivateIpv4 tells whether an address is in 10/8, 172.16/12 or 192.168/16, the ranges LANs use. */
export function isPrivateIpv4(address: string): boolean {
  return isIpv4(address) && ipaddr.IPv4.parse(address).range() === 'private'
}

/** isLinkLocalIpv4 tells whether an address is a self-assigned 169.254.x.x one. */
export function isLinkLocalIpv4(address: string): boolean {
  return isIpv4(address) && ipaddr.IPv4.parse(address).range() === 'linkLocal'
}

/** isLoopbackIpv4 tells whether an address is one of this machine's own 127.x.x.x ones. */
export function isLoopbackIpv4(address: string): boolean {
  return isIpv4(address) && ipaddr.IPv4.parse(address).range() === 'loopback'
}

/** isIpAddress tells whether text is an IPv4 address (dotted quad) or an IPv6 address (with or without a %zone). */
export function isIpAddress(text: string): boolean {
  if (text.length > LONGEST_IP) return false
  if (isIpv4(text)) return true
  const [address = '', zone] = text.split('%')
  return (
    address.includes(':') &&
    /^[0-9A-Fa-f:.]+$/.test(address) &&
    ipaddr.IPv6.isValid(address) &&
    (zone === undefined || /^[A-Za-z0-9_.-]{1,15}$/.test(zone))
  )
}

/** isCidr tells whether text is an address with a prefix length (192.168.1.10/24, fe80::1/64), as `ip` prints them. */
export function isCidr(text: string): boolean {
  const slash = text.lastIndexOf('/')
  if (slash === -1) return false
  const prefix = text.slice(slash + 1)
  const address = text.slice(0, slash)
  return /^\d{1,3}$/.test(prefix) && isIpAddress(address) && Number(prefix) <= (isIpv4(address) ? 32 : 128)
}

/** isMac tells whether text is a hardware address as Linux prints one: lower- or upper-case hex pairs joined by colons. */
export function isMac(text: string): boolean {
  return /^[0-9a-f]{2}(:[0-9a-f]{2}){1,31}$/i.test(text)
}

/** Cidr is an address with its prefix length, read once: the address, the prefix, and the subnet it lies in (IPv4 only). */
export interface Cidr {
  address: string
  prefix: number
}

/** parseCidr reads "192.168.1.10/24" (or an address alone, as a /32 or /128) into its parts; null for text that is neither. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.lastIndexOf('/')
  const address = slash === -1 ? text : text.slice(0, slash)
  if (!isIpAddress(address)) return null
  const prefixText = text.slice(slash + 1)
  if (slash !== -1 && !/^\d{1,3}$/.test(prefixText)) return null
  const prefix = slash === -1 ? (isIpv4(address) ? 32 : 128) : Number(prefixText)
  return prefix <= (isIpv4(address) ? 32 : 128) ? {address, prefix} : null
}

/** addressOf is the address part of "192.168.1.10/24" (the text itself when it has no prefix). */
export function addressOf(cidr: string): string {
  const slash = cidr.indexOf('/')
  return slash === -1 ? cidr : cidr.slice(0, slash)
}

/** prefixOf is the prefix length of "192.168.1.10/24" (32 or 128 when the text has none). */
export function prefixOf(cidr: string): number {
  return parseCidr(cidr)?.prefix ?? (cidr.includes(':') ? 128 : 32)
}

/** sameAddress tells whether two texts are the same IP address however spelt (2001:db8::1 and 2001:0db8:0:0:0:0:0:1). */
export function sameAddress(a: string, b: string): boolean {
  if (a === b) return true
  if (!isIpAddress(a) || !isIpAddress(b)) return false
  const one = ipaddr.process(a.split('%')[0]!)
  const other = ipaddr.process(b.split('%')[0]!)
  return one.kind() === other.kind() && one.toNormalizedString() === other.toNormalizedString()
}

/** reverseName is the DNS name an address's PTR record lives at: 25.113.0.203.in-addr.arpa, or the 32 nibbles of an IPv6
 * address reversed under ip6.arpa. */
export function reverseName(address: string): string {
  const parsed = ipaddr.process(address.split('%')[0]!)
  const bytes = parsed.toByteArray()
  if (parsed.kind() === 'ipv4') return `${bytes.reverse().join('.')}.in-addr.arpa`
  const nibbles = bytes.flatMap(byte => [byte >> 4, byte & 15]).map(nibble => nibble.toString(16))
  return `${nibbles.reverse().join('.')}.ip6.arpa`
}

/** expandedHex is an address's bytes as lower-case hex without separators (8 digits for IPv4, 32 for IPv6). */
export function expandedHex(address: string): string {
  return ipaddr
    .process(address.split('%')[0]!)
    .toByteArray()
    .map(byte => byte.toString(16).padStart(2, '0'))
    .join('')
}
