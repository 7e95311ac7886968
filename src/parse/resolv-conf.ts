// Parses /etc/resolv.conf: the DNS servers this machine asks, and the search domains it tries.
import {isIpAddress} from '../net/address.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** ResolverConfig is what the C library's resolver would do: which servers, which search suffixes, and its ndots rule. */
export interface ResolverConfig {
  servers: string[]
  search: string[]
  ndots: number
}

/** parseResolvConf reads resolv.conf text; text with no recognisable line gives an error value. A nameserver that is not an IP
 * address (`nameserver dns.example`) is skipped, as the C library skips it (and a DNS client given it would throw). */
export function parseResolvConf(text: string): Parsed<ResolverConfig> {
  const config: ResolverConfig = {servers: [], search: [], ndots: 1}
  let understood = false
  for (const raw of text.split('\n')) {
    const comment = raw.search(/[#;]/)
    const line = (comment === -1 ? raw : raw.slice(0, comment)).trim()
    if (line === '') continue
    const [keyword, ...values] = line.split(/\s+/)
    if (keyword === 'nameserver' && values[0]) {
      if (isIpAddress(values[0])) config.servers.push(values[0])
    } else if (keyword === 'search' || keyword === 'domain') config.search = values
    else if (keyword === 'options') {
      const ndots = values.map(value => /^ndots:(\d+)$/.exec(value)).find(Boolean)
      if (ndots) config.ndots = Math.min(Number(ndots[1]), 15)
    } else if (keyword !== 'sortlist') continue
    understood = true
  }
  if (!understood && text.trim() !== '') return unparsable('resolv.conf: no nameserver, search, domain or options line')
  return parsed(config)
}

/** queryNames lists the names the resolver tries for `name`, in its order: search suffixes first when it has fewer dots than ndots. */
export function queryNames(name: string, config: ResolverConfig): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)]
  const withSuffixes = config.search.map(domain => `${name}.${domain.replace(/\.$/, '')}`)
  const dots = name.split('.').length - 1
  return dots >= config.ndots ? [name, ...withSuffixes] : [...withSuffixes, name]
}
