// Parses `ip -j route get <address>`: the port, gateway and source address the kernel would use.
import type {RouteChoice} from '../capabilities/ping/facts.js'
import {parseJsonArray, parsed, unparsable, type Parsed} from './parse-result.js'

/** RouteChoice is the kernel's answer for one destination (its shape is the snapshot's, src/capabilities/ping/schema.ts). */
export type {RouteChoice}

/** parseIpRouteGet reads `ip -j route get` output; garbage gives an error value. */
export function parseIpRouteGet(text: string): Parsed<RouteChoice> {
  const array = parseJsonArray(text, 'ip -j route get')
  if (!array.ok) return array
  const entry = array.value[0] as
    | {dst?: unknown; dev?: unknown; gateway?: unknown; prefsrc?: unknown; type?: unknown; flags?: unknown}
    | undefined
  if (typeof entry !== 'object' || entry === null || typeof entry.dst !== 'string')
    return unparsable('ip -j route get: no route in the output')
  return parsed({
    to: entry.dst,
    dev: typeof entry.dev === 'string' ? entry.dev : '',
    gateway: typeof entry.gateway === 'string' ? entry.gateway : null,
    source: typeof entry.prefsrc === 'string' ? entry.prefsrc : null,
    kind: typeof entry.type === 'string' && entry.type !== 'unicast' ? entry.type : null,
    linkdown: Array.isArray(entry.flags) && entry.flags.includes('linkdown'),
  })
}
