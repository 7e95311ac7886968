// Reads a DHCP pool range: as a person types it (--pool 192.168.1.100-192.168.1.199, or …100-199) and dnsmasq's dhcp-range lines.
import ipaddr from 'ipaddr.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** PoolRange is a DHCP pool's first and last address. */
export interface PoolRange {
  first: string
  last: string
}

/** valid tells a dotted-quad IPv4 address; the cheap shape test first spares ipaddr.js, which throws (slowly) inside on garbage. */
const valid = (text: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text)
const value = (text: string) =>
  ipaddr.IPv4.parse(text)
    .toByteArray()
    .reduce((sum, byte) => sum * 256 + byte, 0)

/** MAX_POOL_TEXT bounds what is read as a pool: two addresses and a dash, with blanks around them, fit in it several times over
 * (and the pattern below, which tries each dash in turn, stays quick). */
const MAX_POOL_TEXT = 100

/** parsePoolRange reads FIRST-LAST, where LAST may be only the last number (192.168.1.100-199); LAST before FIRST is an error. */
export function parsePoolRange(text: string): Parsed<PoolRange> {
  if (text.length > MAX_POOL_TEXT)
    return unparsable(`a pool is FIRST-LAST, e.g. 192.168.1.100-192.168.1.199, not a text of ${text.length} characters`)
  const match = /^\s*(\S+?)\s*-\s*(\S+)\s*$/.exec(text)
  if (!match) return unparsable(`a pool is FIRST-LAST, e.g. 192.168.1.100-192.168.1.199, not ${JSON.stringify(text)}`)
  const first = match[1]!
  const last = /^\d{1,3}$/.test(match[2]!) ? first.split('.').slice(0, 3).concat(match[2]!).join('.') : match[2]!
  if (!valid(first) || !valid(last))
    return unparsable(`a pool is two IPv4 addresses, e.g. 192.168.1.100-192.168.1.199, not ${JSON.stringify(text)}`)
  if (value(last) < value(first)) return unparsable(`the pool's last address ${last} comes before its first ${first}`)
  return parsed({first, last})
}

/** parseDnsmasqRanges reads every IPv4 `dhcp-range=` of a dnsmasq configuration file (tags and modes skipped; `static` ranges,
 * which hand out reservations only, left out); a file without any gives an empty list, never an error. */
export function parseDnsmasqRanges(text: string): PoolRange[] {
  const ranges: PoolRange[] = []
  for (const line of text.split('\n')) {
    const setting = /^\s*dhcp-range\s*=\s*([^#]*)/.exec(line)
    if (!setting) continue
    const fields = setting[1]!.split(',').map(field => field.trim())
    const addresses = fields.filter(valid)
    if (addresses.length < 2 || fields.includes('static') || fields.includes('proxy')) continue
    const [first, last] = addresses as [string, string]
    if (value(last) >= value(first) && !addresses.slice(0, 2).some(address => address.startsWith('255.'))) ranges.push({first, last})
  }
  return ranges
}
