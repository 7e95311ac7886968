// What the DNS servers said of each name tried, why a lookup found no address, and how each DNS outcome is worded.
import type {Resolution} from '../capabilities/ping/facts.js'
import {isPrivateIpv4} from '../net/address.js'

/** DNS_WORDS name each DNS outcome in a person's words. */
export const DNS_WORDS = {
  answered: 'answered',
  nxdomain: 'answered NXDOMAIN (no such name)',
  'no-data': 'answered that the name has no address (NODATA)',
  'no-answer': 'gave no answer',
  refused: 'refused to answer (REFUSED)',
  'server-failure': 'failed to answer (SERVFAIL)',
  error: 'could not be asked',
} as const

/** NameOutcome is what the DNS servers said of one name, as the resolver takes it: an answer, a denial (NXDOMAIN or NODATA, from
 * any server), silence (some server said nothing: the lookup waits for it), an error asking, or else a refusal or a failure. */
export type NameOutcome = 'answered' | 'denied' | 'refused' | 'server-failure' | 'silent' | 'error'

/** nameOutcome decides what the servers said of one name. */
export function nameOutcome(resolution: Resolution, name: string): NameOutcome {
  const outcomes = new Set(resolution.answers.filter(answer => answer.name === name).map(answer => answer.outcome))
  if (outcomes.has('answered')) return 'answered'
  if (outcomes.has('nxdomain') || outcomes.has('no-data')) return 'denied'
  if (outcomes.has('no-answer') || outcomes.size === 0) return 'silent'
  if (outcomes.has('error')) return 'error'
  if (outcomes.has('refused')) return 'refused'
  return 'server-failure'
}

/** LOOKUP_BLAME orders what keeps a lookup from an answer, most telling first: servers that say nothing, that refuse, that fail. */
const LOOKUP_BLAME: NameOutcome[] = ['silent', 'error', 'refused', 'server-failure']

/** lookupFailure says why a name found no address in DNS: 'denied' when every name tried (search suffixes applied) was denied,
 * else the worst thing the servers did with a name they did not deny; null when DNS answered or /etc/hosts had it. */
export function lookupFailure(resolution: Resolution): NameOutcome | null {
  if (resolution.source !== null) return null
  const outcomes = resolution.names.map(name => nameOutcome(resolution, name))
  if (outcomes.includes('answered')) return null
  return LOOKUP_BLAME.find(outcome => outcomes.includes(outcome)) ?? 'denied'
}

/** namesWith lists the names tried that got `outcome`, in the resolver's order. */
export function namesWith(resolution: Resolution, outcome: NameOutcome): string[] {
  return resolution.names.filter(name => nameOutcome(resolution, name) === outcome)
}

/** LOCAL_SUFFIXES end names a LAN gives its own devices (and the special-use ones): their private addresses are expected. */
const LOCAL_SUFFIXES = [
  '.lan',
  '.local',
  '.home',
  '.home.arpa',
  '.internal',
  '.localdomain',
  '.intranet',
  '.corp',
  '.private',
  '.test',
  '.localhost',
]

/** answeredOnlyPrivately tells whether DNS gave a public-looking name (dotted, not a LAN's own suffix, not found through a search
 * suffix) nothing but private IPv4 addresses: what a captive portal or a DNS server rewriting names does, and, rarely, a
 * network's own DNS for its own domain (which a made-up name beside it tells apart). */
export function answeredOnlyPrivately(resolution: Resolution): boolean {
  const name = resolution.name.replace(/\.$/, '').toLowerCase()
  if (resolution.source !== 'dns' || !name.includes('.') || LOCAL_SUFFIXES.some(suffix => name.endsWith(suffix))) return false
  const answered = resolution.answers.filter(answer => answer.outcome === 'answered')
  return (
    answered.length > 0 &&
    answered.every(answer => answer.name.replace(/\.$/, '').toLowerCase() === name) &&
    resolution.addresses.length > 0 &&
    resolution.addresses.every(address => isPrivateIpv4(address))
  )
}

/** madeUpNameBeside is a name nobody registered, in the same domain as `name` (its last two labels). */
export function madeUpNameBeside(name: string, label: string): string {
  const domain = name.replace(/\.$/, '').split('.').slice(-2).join('.')
  return `netdoc-check-${label}.${domain}`
}
