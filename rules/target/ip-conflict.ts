// Rule: more than one MAC answers ARP for the target's address: two devices hold one address.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredArp, arpProbesFor} from '../../src/views/arp-answers.js'

/** ipConflict reports an address that two or more MACs answer ARP for. */
export default defineRule<Snapshot>({
  id: 'target.ip-conflict',
  title: 'More than one device answers ARP for the target address',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null) return []
    const macs = answeredArp(facts, facts.address)
    if (macs.length < 2) return []
    const evidence = arpProbesFor(facts, facts.address)
      .filter(probe => probe.macs.length > 0)
      .map(probe => `arping ${facts.address} on ${probe.dev}: ${probe.line ?? probe.macs.join(', ')}`)
    evidence.push(`${macs.length} different MACs claim ${facts.address}: ${macs.join(', ')}`)
    if (facts.ping?.outcome === 'reply') evidence.push('ping gets answers, but from whichever device answered ARP last')
    return [
      {
        title: `Two devices use the address ${facts.address} (${macs.join(' and ')}): an IP address conflict`,
        evidence,
        next: [
          `Find both devices by MAC: the first half (${macs.map(mac => mac.slice(0, 8)).join(', ')}) names the maker; the router's DHCP client list may name them.`,
          'Give one of them another address: switch it to DHCP, or pick a free static address outside the DHCP pool (`netdoc lan`).',
          "Check the router's DHCP reservations against the devices with static addresses.",
        ],
        subject: facts.address,
      },
    ]
  },
})
