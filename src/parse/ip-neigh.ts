// Parses the kernel's neighbour (ARP/NDP) table: `ip -j -s neigh show` and /proc/net/arp.
import type {Neighbour} from '../capabilities/ping/facts.js'
import {parseJsonArray, parsed, unparsable, type Parsed} from './parse-result.js'

/** Neighbour is one entry of the kernel's neighbour table (its shape is the snapshot's, src/snapshot/probe-schema.ts). */
export type {Neighbour}

/** parseIpNeigh reads `ip -j -s neigh show` output; garbage gives an error value. */
export function parseIpNeigh(text: string): Parsed<Neighbour[]> {
  const array = parseJsonArray(text, 'ip -j neigh')
  if (!array.ok) return array
  const result: Neighbour[] = []
  for (const item of array.value) {
    if (typeof item !== 'object' || item === null) continue
    const entry = item as {dst?: unknown; dev?: unknown; lladdr?: unknown; state?: unknown; confirmed?: unknown}
    if (typeof entry.dst !== 'string' || typeof entry.dev !== 'string') continue
    const states = Array.isArray(entry.state) ? entry.state.filter((s): s is string => typeof s === 'string') : []
    result.push({
      address: entry.dst,
      dev: entry.dev,
      mac: typeof entry.lladdr === 'string' ? entry.lladdr.toLowerCase() : null,
      state: states[0] ?? 'NONE',
      confirmedSecondsAgo: typeof entry.confirmed === 'number' ? entry.confirmed : null,
    })
  }
  return parsed(result)
}

const ATF_COM = 0x2
const ATF_PERM = 0x4

/** parseProcNetArp reads /proc/net/arp (IPv4 only): flags 0x2 mean resolved, 0x0 unresolved, 0x4 permanent. */
export function parseProcNetArp(text: string): Parsed<Neighbour[]> {
  const lines = text.split('\n').filter(line => line.trim() !== '')
  if (lines.length === 0 || !lines[0]!.startsWith('IP address')) return unparsable('/proc/net/arp: missing header')
  const result: Neighbour[] = []
  for (const line of lines.slice(1)) {
    const [address, , flagsText, mac, , dev] = line.trim().split(/\s+/)
    if (!address || !flagsText || !mac || !dev) return unparsable(`/proc/net/arp: short line: ${line.trim()}`)
    const flags = Number.parseInt(flagsText, 16)
    if (Number.isNaN(flags)) return unparsable(`/proc/net/arp: bad flags ${flagsText}`)
    const resolved = (flags & ATF_COM) !== 0
    result.push({
      address,
      dev,
      mac: resolved ? mac.toLowerCase() : null,
      state: flags & ATF_PERM ? 'PERMANENT' : resolved ? 'COMPLETE' : 'INCOMPLETE',
      confirmedSecondsAgo: null,
    })
  }
  return parsed(result)
}
