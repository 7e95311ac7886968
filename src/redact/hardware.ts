// Masks MAC addresses and the other hardware addresses in logs: the vendor's OUI stays, the device's own part becomes a number.
import type {MaskBook} from './mask-book.js'

function hex2(octet: number): string {
  return octet.toString(16).padStart(2, '0')
}

/** identifiesNobody tells group addresses (broadcast, multicast) and the all-zero address, which name no device, from a device's MAC. */
export function identifiesNobody(octets: number[]): boolean {
  return ((octets[0] ?? 0) & 1) === 1 || octets.every(octet => octet === 0)
}

/** maskMacOctets masks a six-octet MAC: the OUI stays, the last three octets count that vendor's devices (…:00:00:01, …:00:00:02). */
export function maskMacOctets(book: MaskBook, octets: number[]): number[] {
  if (octets.length !== 6 || identifiesNobody(octets)) return octets
  const key = octets.map(hex2).join(':')
  const oui = key.slice(0, 8)
  const masked = book.mask('mac', key, n => `${oui}:${hex2((n >> 16) & 255)}:${hex2((n >> 8) & 255)}:${hex2(n & 255)}`, `mac ${oui}`)
  return masked.split(':').map(octet => parseInt(octet, 16))
}

/** maskOtherHardware masks a hardware address of another length (InfiniBand, a hash-like run): the first three octets stay, the rest counts. */
function maskOtherHardware(book: MaskBook, octets: number[]): number[] {
  if (octets.every(octet => octet === 0)) return octets
  const key = octets.map(hex2).join(':')
  const masked = book.mask('hardware', key, n => {
    const tail = octets.slice(3).map((_, index, all) => Math.floor(n / 256 ** (all.length - 1 - index)) & 255)
    return [...octets.slice(0, 3), ...tail].map(hex2).join(':')
  })
  return masked.split(':').map(octet => parseInt(octet, 16))
}

function startsWith(octets: number[], prefix: number[]): boolean {
  return prefix.every((octet, index) => octets[index] === octet)
}

/** maskHardwareOctets masks a run of octets by what it is: a MAC; netfilter's MAC= (destination, source, type); a DHCP client id or DUID ending in a MAC; or another address. */
export function maskHardwareOctets(book: MaskBook, octets: number[], netfilter: boolean): number[] {
  const mac = (from: number) => [...octets.slice(0, from), ...maskMacOctets(book, octets.slice(from, from + 6)), ...octets.slice(from + 6)]
  if (octets.length === 6) return maskMacOctets(book, octets)
  if (octets.length === 14 && netfilter)
    return [...maskMacOctets(book, octets.slice(0, 6)), ...maskMacOctets(book, octets.slice(6, 12)), ...octets.slice(12)]
  if (octets.length === 14 && startsWith(octets, [0, 1, 0, 1])) return mac(8)
  if (octets.length === 10 && startsWith(octets, [0, 3, 0, 1])) return mac(4)
  if (octets.length === 7 && octets[0] === 1) return mac(1)
  return maskOtherHardware(book, octets)
}

/** maskHardwareText masks a written hardware address (`00:E0:4C:68:00:01`, `00-e0-4c-…`), keeping its separator and letter case; fewer than six octets stay. */
export function maskHardwareText(book: MaskBook, text: string, netfilter = false): string {
  const separator = text.includes('-') ? '-' : ':'
  const parts = text.split(separator)
  if (parts.length < 6 || !parts.every(part => /^[0-9A-Fa-f]{1,2}$/.test(part))) return text
  const masked = maskHardwareOctets(
    book,
    parts.map(part => parseInt(part, 16)),
    netfilter,
  )
    .map(hex2)
    .join(separator)
  return /[A-F]/.test(text) ? masked.toUpperCase() : masked
}

/** SPELLINGS write a MAC's octets without the usual separators: bare (001122334455), as a hex dump (00 11 22 …), dotted (0011.2233.4455). */
const SPELLINGS: ((hex: string[]) => string)[] = [
  hex => hex.join(''),
  hex => hex.join(' '),
  hex => `${hex[0]}${hex[1]}.${hex[2]}${hex[3]}.${hex[4]}${hex[5]}`,
]

/** knownMacSpellings maps every MAC masked so far, in each other spelling (lower case), to its mask in the same spelling. */
export function knownMacSpellings(book: MaskBook): Map<string, string> {
  const spellings = new Map<string, string>()
  for (const [original, mask] of book.entries('mac'))
    for (const spell of SPELLINGS) spellings.set(spell(original.split(':')), spell(mask.split(':')))
  return spellings
}
