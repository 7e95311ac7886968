// What the DNS servers said of each name tried, why a lookup found no address, and how each DNS outcome is worded.
import type {Resolution} from '../capabilities/ping/facts.js'

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
