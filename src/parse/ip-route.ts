// Parses `ip -j route show` into routes, keeping the kernel's `linkdown` flag.
import type {Route} from '../capabilities/nics/facts.js'
import {parseJsonArray, parsed, type Parsed} from './parse-result.js'

/** parseIpRoute reads `ip -j route show` output; garbage gives an error value. */
export function parseIpRoute(text: string): Parsed<Route[]> {
  const array = parseJsonArray(text, 'ip -j route')
  if (!array.ok) return array
  const routes: Route[] = []
  for (const item of array.value) {
    if (typeof item !== 'object' || item === null) continue
    const entry = item as {dst?: unknown; gateway?: unknown; dev?: unknown; flags?: unknown}
    if (typeof entry.dst !== 'string' || typeof entry.dev !== 'string') continue
    const flags = Array.isArray(entry.flags) ? entry.flags : []
    routes.push({
      destination: entry.dst,
      gateway: typeof entry.gateway === 'string' ? entry.gateway : null,
      dev: entry.dev,
      linkdown: flags.includes('linkdown'),
    })
  }
  return parsed(routes)
}
