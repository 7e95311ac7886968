// Who answered ARP (or neighbour discovery) for an address, what shows nobody did, and which MACs are the gateway's own.
import {isIpv4} from '../net/address.js'
import type {ArpProbe, Neighbour, PingFacts} from '../capabilities/ping/facts.js'

/** askedBy names how a LAN finds who holds an address: ARP for IPv4, neighbour discovery (IPv6's ARP) for IPv6. */
export function askedBy(address: string): 'ARP' | 'neighbour discovery' {
  return isIpv4(address) ? 'ARP' : 'neighbour discovery'
}

/** arpProbesFor lists every ARP probe of one address. */
export function arpProbesFor(facts: PingFacts, address: string): ArpProbe[] {
  return facts.arp.filter(probe => probe.address === address)
}

/** neighbourOf finds the kernel's neighbour entry for an address. */
export function neighbourOf(facts: PingFacts, address: string): Neighbour | null {
  return facts.neighbours.find(entry => entry.address === address) ?? null
}

/** FAILED_NEIGHBOUR_STATES are the states of an address nothing answered ARP (or NDP) for. */
export const FAILED_NEIGHBOUR_STATES = ['INCOMPLETE', 'FAILED']

/** answeredArp lists the MACs that answered ARP for an address: arping replies and replies heard while listening. */
export function answeredArp(facts: PingFacts, address: string): string[] {
  const fromArping = arpProbesFor(facts, address).flatMap(probe => probe.macs)
  const heard = (facts.listening?.sightings ?? []).filter(s => s.op === 'reply' && s.senderIp === address).map(s => s.senderMac)
  return [...new Set([...fromArping, ...heard])]
}

/** arpSilence lists the facts that show nothing answered ARP (or, for IPv6, neighbour discovery) for an address (empty when none do). */
export function arpSilence(facts: PingFacts, address: string): string[] {
  const evidence = arpProbesFor(facts, address)
    .filter(probe => probe.outcome === 'no-reply')
    .map(probe => `arping ${address} on ${probe.dev}: ${probe.line ?? 'no reply'}`)
  const neighbour = neighbourOf(facts, address)
  if (neighbour && FAILED_NEIGHBOUR_STATES.includes(neighbour.state))
    evidence.push(
      `the kernel's neighbour table: ${address} on ${neighbour.dev} is ${neighbour.state} (no MAC: ${askedBy(address)} got no answer)`,
    )
  return evidence
}

/** gatewayMacs lists the MACs the gateway was seen with (its ARP answers, its neighbour entry): an ARP answer for another address
 * from one of them is the router answering for it (proxy ARP), not a device on this cable. */
export function gatewayMacs(facts: PingFacts, gateway: string | null): Set<string> {
  if (gateway === null) return new Set()
  const neighbour = neighbourOf(facts, gateway)
  return new Set([...answeredArp(facts, gateway), ...(neighbour?.mac ? [neighbour.mac] : [])])
}
