// Whether the why-no-ping target is there: the ARP, TCP and neighbour facts that prove it present, or that it shows no sign of life.
import type {PingFacts, TcpProbe} from '../capabilities/ping/facts.js'
import {answeredArp, arpProbesFor, arpSilence, neighbourOf} from './arp-answers.js'
import {pingFailed} from './ping-outcome.js'

/** tcpAnswers are the TCP probes the target answered: a listener (open) or a reset (refused). */
export function tcpAnswers(facts: PingFacts): TcpProbe[] {
  return facts.tcp.filter(probe => probe.outcome === 'open' || probe.outcome === 'refused')
}

/** describeTcp words the TCP ports that answered, e.g. "TCP 22 open; TCP 80, 443 refused (a reset: the host is there)". */
export function describeTcp(probes: readonly TcpProbe[]): string {
  const open = probes.filter(probe => probe.outcome === 'open').map(probe => probe.port)
  const refused = probes.filter(probe => probe.outcome === 'refused').map(probe => probe.port)
  const parts = [
    open.length > 0 ? `TCP ${open.join(', ')} open` : '',
    refused.length > 0 ? `TCP ${refused.join(', ')} refused (a reset: the host is there)` : '',
  ]
  return parts.filter(Boolean).join('; ')
}

/** presenceEvidence lists the facts that prove the target is there: an ARP answer, a TCP answer, a recently confirmed neighbour entry. */
export function presenceEvidence(facts: PingFacts): string[] {
  if (facts.address === null) return []
  const evidence: string[] = []
  const macs = answeredArp(facts, facts.address)
  if (macs.length > 0) evidence.push(`${facts.address} answered ARP from ${macs.join(' and ')}`)
  const tcp = tcpAnswers(facts)
  if (tcp.length > 0) evidence.push(`${facts.address} answered TCP: ${describeTcp(tcp)}`)
  const neighbour = neighbourOf(facts, facts.address)
  const arpAsked = arpProbesFor(facts, facts.address).some(probe => probe.outcome === 'replied' || probe.outcome === 'no-reply')
  if (evidence.length === 0 && !arpAsked && neighbour?.state === 'REACHABLE' && neighbour.mac)
    evidence.push(
      `the kernel's neighbour table has ${facts.address} REACHABLE at ${neighbour.mac}${neighbour.confirmedSecondsAgo !== null ? ` (confirmed ${neighbour.confirmedSecondsAgo} s ago)` : ''}`,
    )
  return evidence
}

/** targetSilent tells whether the target's address shows no sign of life: ping went unanswered, or (ping refused) nothing answered
 * ARP for it; and nothing else (ARP, TCP) showed it present. */
export function targetSilent(facts: PingFacts): boolean {
  if (facts.address === null || facts.ping?.outcome === 'reply' || presenceEvidence(facts).length > 0) return false
  return pingFailed(facts) || arpSilence(facts, facts.address).length > 0
}
