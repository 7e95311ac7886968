// What ping's run says: whether the target answered, whether echo requests went unanswered, and which ICMP error (a firewall's?) came back.
import type {PingFacts} from '../capabilities/ping/facts.js'

/** pingFailed tells whether echo requests went out and nothing answered them (silence, an ICMP error, or ping outlived its window). */
export function pingFailed(facts: PingFacts): boolean {
  return facts.ping !== null && ['no-reply', 'unreachable', 'timed-out'].includes(facts.ping.outcome)
}

/** pingReplied tells whether the target answered ping: the positive evidence that the whole path works. */
export function pingReplied(facts: PingFacts): boolean {
  return facts.ping?.outcome === 'reply'
}

/** pingEvidence words the ping run in one line: its outcome and the line of output that shows it. */
export function pingEvidence(facts: PingFacts): string {
  const ping = facts.ping
  if (ping === null) return 'ping did not run'
  return `ping ${ping.address}: ${ping.line ?? ping.outcome}`
}

/** IcmpError is an ICMP error ping reported: who sent it, and what it says ("Destination Net Unreachable", "Packet filtered"). */
export interface IcmpError {
  from: string
  says: string
}

/** icmpError reads the ICMP error in ping's decisive line, or null when ping got none. */
export function icmpError(facts: PingFacts): IcmpError | null {
  const match = /^From (\S+?)(?: \(\S+\))? icmp_seq=\d+ (.+)$/.exec(facts.ping?.line ?? '')
  return match ? {from: match[1]!, says: match[2]!.trim()} : null
}

/** FILTERED_WORDS are what iputils ping prints for an ICMP "administratively prohibited" error: a firewall's refusal. */
const FILTERED_WORDS = /Packet filtered|Prohibited/i

/** filteredBy names who answered ping with "administratively prohibited" (a firewall rejecting it), or null. */
export function filteredBy(facts: PingFacts): string | null {
  const error = icmpError(facts)
  return error && FILTERED_WORDS.test(error.says) ? error.from : null
}
