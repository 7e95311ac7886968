// Masks public IP addresses into documentation ranges, keeping which addresses share a network; private, loopback, link-local, CGNAT and multicast addresses stay.
import ipaddr from 'ipaddr.js'
import {maskMacOctets} from './hardware.js'
import type {MaskBook} from './mask-book.js'

/** WELL_KNOWN_ADDRESSES are public DNS services everybody uses: they identify nobody and say which DNS a machine asks. */
export const WELL_KNOWN_ADDRESSES = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
  '2001:4860:4860::8888',
  '2001:4860:4860::8844',
  '2606:4700:4700::1111',
  '2606:4700:4700::1001',
  '2620:fe::fe',
  '2620:fe::9',
])

/** IPV4_MASK_POOL are the ranges masks come from (documentation, benchmarking, and 241–247/8 of the reserved 240/4); an original inside them is masked too, so no mask can equal a kept address. */
const IPV4_MASK_POOL: [string, number][] = [
  ['192.0.2.0', 24],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['198.18.0.0', 15],
  ...[241, 242, 243, 244, 245, 246, 247].map((first): [string, number] => [`${first}.0.0.0`, 8]),
]
const POOL_RANGES = IPV4_MASK_POOL.map(([address, bits]) => [ipaddr.IPv4.parse(address), bits] as [ipaddr.IPv4, number])

/** ipv4Block names the n-th masked /24 (from 0): the three documentation networks first, then 198.18.0.0/15, then 241.0.0.0/8 onwards. */
function ipv4Block(n: number): string {
  if (n < 3) return ['192.0.2', '198.51.100', '203.0.113'][n] as string
  if (n < 3 + 512) return `198.${18 + ((n - 3) >> 8)}.${(n - 3) & 255}`
  const rest = n - 3 - 512
  if (rest >= 7 * 65536) throw new Error('more public IPv4 networks than redaction masks')
  return `${241 + (rest >> 16)}.${(rest >> 8) & 255}.${rest & 255}`
}

/** isMaskedIpv4 tells whether an IPv4 address is one to mask: public unicast (not a well-known DNS service) or inside the mask pool. */
function isMaskedIpv4(address: ipaddr.IPv4): boolean {
  if (WELL_KNOWN_ADDRESSES.has(address.toString())) return false
  return address.range() === 'unicast' || POOL_RANGES.some(range => address.match(range))
}

/** maskIpv4 masks a public IPv4 address: its /24 becomes the next documentation network (the same /24 always the same one), the last octet stays. Anything else stays as written. */
export function maskIpv4(book: MaskBook, text: string): string {
  return book.memo('ipv4', text, () => computeIpv4Mask(book, text))
}

/** DOTTED_QUAD and IPV6_CHARACTERS screen text cheaply before ipaddr.js, whose validity checks throw (slowly) on anything else. */
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/
const IPV6_CHARACTERS = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/

function isIpv4Text(text: string): boolean {
  return DOTTED_QUAD.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text)
}

function isIpv6Text(text: string): boolean {
  return IPV6_CHARACTERS.test(text) && ipaddr.IPv6.isValid(text)
}

function computeIpv4Mask(book: MaskBook, text: string): string {
  if (!isIpv4Text(text)) return text
  const address = ipaddr.IPv4.parse(text)
  if (!isMaskedIpv4(address)) return text
  const [a, b, c, d] = address.octets
  return `${book.mask('ipv4-block', `${a}.${b}.${c}`, n => ipv4Block(n - 1))}.${d}`
}

/** ipv6Site writes the n-th masked /48 (from 1) as its first three groups: 2001:db8:n, then 3fff::/20 when those run out. */
function ipv6Site(n: number): string {
  if (n <= 0xffff) return `2001:db8:${n.toString(16)}`
  const rest = n - 0x10000
  if (rest >= 2 ** 28) throw new Error('more public IPv6 networks than redaction masks')
  return `3fff:${((rest >> 16) & 0x0fff).toString(16)}:${(rest & 0xffff).toString(16)}`
}

function groups(parts: number[]): string {
  return parts.map(part => part.toString(16)).join(':')
}

function parseGroups(text: string): number[] {
  return text.split(':').map(group => parseInt(group, 16))
}

/** isEui64 tells an interface id made from a MAC (ff:fe in its middle), which gives the MAC away. */
function isEui64(iid: number[]): boolean {
  return ((iid[1] ?? 0) & 0xff) === 0xff && (iid[2] ?? 0) >> 8 === 0xfe
}

/** maskEui64 masks the MAC inside an EUI-64 interface id the way the MAC itself is masked elsewhere. */
function maskEui64(book: MaskBook, iid: number[]): number[] {
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = iid
  const mac = maskMacOctets(book, [(p0 >> 8) ^ 2, p0 & 0xff, p1 >> 8, p2 & 0xff, p3 >> 8, p3 & 0xff])
  const [m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0] = mac
  return [((m0 ^ 2) << 8) | m1, (m2 << 8) | 0xff, 0xfe00 | m3, (m4 << 8) | m5]
}

/** maskInterfaceId masks an interface id: a MAC inside always; otherwise, for public addresses, any id but a small hand-set one (::1, ::53) becomes a:0:0:n. */
function maskInterfaceId(book: MaskBook, iid: number[], publicAddress: boolean): number[] {
  if (isEui64(iid)) return maskEui64(book, iid)
  const handSet = iid.slice(0, 3).every(part => part === 0)
  if (!publicAddress || handSet) return iid
  return parseGroups(book.mask('ipv6-iid', groups(iid), n => groups([0xa, 0, (n >> 16) & 0xffff, n & 0xffff])))
}

/** maskSolicitedNode masks the low 24 bits of a solicited-node multicast address (ff02::1:ffXX:XXXX), which are the last bits of someone's address. */
function maskSolicitedNode(book: MaskBook, parts: number[]): number[] {
  const low = groups([(parts[6] ?? 0) & 0xff, parts[7] ?? 0])
  const [high = 0, rest = 0] = parseGroups(book.mask('solicited-node', low, n => groups([(n >> 16) & 0xff, n & 0xffff])))
  return [...parts.slice(0, 6), 0xff00 | high, rest]
}

function isSolicitedNode(parts: number[]): boolean {
  return parts[0] === 0xff02 && parts.slice(1, 5).every(part => part === 0) && parts[5] === 1 && ((parts[6] ?? 0) & 0xff00) === 0xff00
}

/** maskIpv6 masks an IPv6 address (without zone or prefix): public ones get a 2001:db8:n::/48 per /48 with the subnet kept; MACs inside any address are masked; the rest stays. */
export function maskIpv6(book: MaskBook, text: string): string {
  return book.memo('ipv6', text, () => computeIpv6Mask(book, text))
}

function computeIpv6Mask(book: MaskBook, text: string): string {
  if (!isIpv6Text(text)) return text
  const address = ipaddr.IPv6.parse(text)
  if (WELL_KNOWN_ADDRESSES.has(address.toString())) return text
  const parts = address.parts
  const rebuilt = (next: number[]) => new ipaddr.IPv6(next).toString()
  switch (address.range()) {
    case 'unspecified':
    case 'loopback':
      return text
    case 'multicast':
      return isSolicitedNode(parts) ? rebuilt(maskSolicitedNode(book, parts)) : text
    case 'ipv4Mapped':
      return `::ffff:${maskIpv4(book, address.toIPv4Address().toString())}`
    case 'linkLocal':
    case 'uniqueLocal':
      return isEui64(parts.slice(4)) ? rebuilt([...parts.slice(0, 4), ...maskEui64(book, parts.slice(4))]) : text
    default: {
      const site = parseGroups(book.mask('ipv6-site', groups(parts.slice(0, 3)), ipv6Site))
      return rebuilt([...site, parts[3] ?? 0, ...maskInterfaceId(book, parts.slice(4), true)])
    }
  }
}

/** maskAddressText masks an address as written in text or a field: IPv4 or IPv6, with an optional /prefix and %zone, both kept. */
export function maskAddressText(book: MaskBook, text: string): string {
  const match = /^([^/%]+)(%[^/]*)?(\/\d{1,3})?$/.exec(text)
  if (!match) return text
  const [, address = '', zone = '', prefix = ''] = match
  const masked = address.includes(':') ? maskIpv6(book, address) : maskIpv4(book, address)
  return masked + zone + prefix
}

/** isAddressText tells whether a whole string is an IP address, with an optional prefix or zone. */
export function isAddressText(text: string): boolean {
  const address = text.replace(/(%[^/]*)?(\/\d{1,3})?$/, '')
  return isIpv4Text(address) || isIpv6Text(address)
}

/** maskReverseName masks the address inside a reverse-DNS name (142.69.2.81.in-addr.arpa, nibbles.ip6.arpa), keeping as many labels as it had; null when it is not one. */
export function maskReverseName(book: MaskBook, name: string): string | null {
  const v4 = /^((?:\d{1,3}\.){1,4})in-addr\.arpa$/i.exec(name)
  if (v4) {
    const octets = (v4[1] ?? '').slice(0, -1).split('.').reverse()
    if (octets.some(octet => Number(octet) > 255)) return null
    const full = [...octets, '0', '0', '0'].slice(0, 4).join('.')
    const masked = maskIpv4(book, full).split('.').slice(0, octets.length)
    return `${masked.reverse().join('.')}.in-addr.arpa`
  }
  const v6 = /^((?:[0-9a-f]\.){1,32})ip6\.arpa$/i.exec(name)
  if (!v6) return null
  const nibbles = (v6[1] ?? '').replace(/\./g, '').toLowerCase().split('').reverse()
  const padded = [...nibbles, ...Array(32 - nibbles.length).fill('0')].join('')
  const masked = ipaddr.IPv6.parse(maskIpv6(book, padded.match(/.{4}/g)?.join(':') ?? padded)).toNormalizedString()
  const kept = masked
    .split(':')
    .map(part => part.padStart(4, '0'))
    .join('')
    .slice(0, nibbles.length)
  return `${kept.split('').reverse().join('.')}.ip6.arpa`
}
