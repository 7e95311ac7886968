// The names an internet run asks DNS about, and the reading of a DNS answer: a public address, or one a hijacker or portal gives.
import ipaddr from 'ipaddr.js'
import type {Endpoints} from './facts.js'

/** hostOf is a URL's host name (null for text that is no URL). */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null
  } catch {
    return null
  }
}

/** publicNames are the endpoints' real names: the HTTP checks' hosts and the TLS hosts, each once. */
export function publicNames(endpoints: Endpoints): string[] {
  const hosts = [...endpoints.http.map(endpoint => hostOf(endpoint.url)), ...endpoints.tls.map(endpoint => endpoint.host)]
  return [...new Set(hosts.filter((host): host is string => host !== null))]
}

/** checkedNames are every name asked of this machine's resolvers: the public names, then the made-up one. */
export function checkedNames(endpoints: Endpoints): string[] {
  return [...publicNames(endpoints), endpoints.madeUpName]
}

/** NON_PUBLIC_RANGES are the ipaddr.js ranges no public name resolves to: a LAN's, this machine's own, CGNAT, link-local, none. */
const NON_PUBLIC_RANGES = new Set([
  'private',
  'loopback',
  'carrierGradeNat',
  'linkLocal',
  'unspecified',
  'uniqueLocal',
  'broadcast',
  'multicast',
])

/** isNonPublicAddress tells whether an address cannot be a public name's: private, loopback, CGNAT, link-local, unspecified
 * (0.0.0.0, what blocking resolvers answer), unique local IPv6. The documentation ranges count as public (the lab's internet). */
export function isNonPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  return NON_PUBLIC_RANGES.has(parsed.range())
}
