// Parses `ip -j addr show` into each interface's addresses in CIDR form.
import type {AddressLifetime} from '../capabilities/lan/facts.js'
import {parseJsonArray, parsed, type Parsed} from './parse-result.js'

interface AddrInfo {
  family?: string
  local?: string
  prefixlen?: number
  scope?: string
}

/** addrInfos returns the entries of an interface's addr_info that are objects (a null or a number in the list is skipped). */
function addrInfos(value: unknown): AddrInfo[] {
  return Array.isArray(value) ? value.filter((info): info is AddrInfo => typeof info === 'object' && info !== null) : []
}

/** InterfaceAddresses is one interface's name, link kind (veth, bridge… from `-d`), flags and addresses ("192.168.0.10/24"). */
export interface InterfaceAddresses {
  name: string
  linkKind: string | null
  flags: string[]
  addresses: string[]
}

/** parseIpAddr reads `ip -j addr show` output; garbage gives an error value. */
export function parseIpAddr(text: string): Parsed<InterfaceAddresses[]> {
  const array = parseJsonArray(text, 'ip -j addr')
  if (!array.ok) return array
  const result: InterfaceAddresses[] = []
  for (const item of array.value) {
    if (typeof item !== 'object' || item === null) continue
    const entry = item as {ifname?: unknown; flags?: unknown; addr_info?: unknown; link_type?: unknown; linkinfo?: {info_kind?: unknown}}
    if (typeof entry.ifname !== 'string') continue
    const infos = addrInfos(entry.addr_info)
    result.push({
      name: entry.ifname,
      linkKind:
        typeof entry.linkinfo?.info_kind === 'string' ? entry.linkinfo.info_kind : entry.link_type === 'loopback' ? 'loopback' : null,
      flags: Array.isArray(entry.flags) ? entry.flags.filter((f): f is string => typeof f === 'string') : [],
      addresses: infos
        .filter(info => typeof info.local === 'string' && typeof info.prefixlen === 'number')
        .map(info => `${info.local}/${info.prefixlen}`),
    })
  }
  return parsed(result)
}

/** AddressLifetime is one IPv4 address of an interface and whether it expires (its shape is the snapshot's, src/capabilities/lan/schema.ts). */
export type {AddressLifetime}

const FOREVER = 4294967295

/** parseAddressLifetimes reads the IPv4 addresses of `ip -j addr show` with their lifetimes; garbage gives an error value. */
export function parseAddressLifetimes(text: string): Parsed<AddressLifetime[]> {
  const array = parseJsonArray(text, 'ip -j addr')
  if (!array.ok) return array
  const result: AddressLifetime[] = []
  for (const item of array.value) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as {ifname?: unknown; addr_info?: unknown}
    if (typeof entry.ifname !== 'string' || !Array.isArray(entry.addr_info)) continue
    for (const info of addrInfos(entry.addr_info) as (AddrInfo & {dynamic?: unknown; valid_life_time?: unknown})[]) {
      if (info.family !== 'inet' || typeof info.local !== 'string' || typeof info.prefixlen !== 'number') continue
      const valid = typeof info.valid_life_time === 'number' && info.valid_life_time < FOREVER ? info.valid_life_time : null
      result.push({
        dev: entry.ifname,
        cidr: `${info.local}/${info.prefixlen}`,
        dynamic: info.dynamic === true || valid !== null,
        validSeconds: valid,
      })
    }
  }
  return parsed(result)
}
