// Rule: the target is on the local subnet and nothing answers ARP (IPv6: neighbour discovery) for it.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {arpSilence, askedBy} from '../../src/views/arp-answers.js'
import {subnetHolding, wideSubnetAround} from '../../src/views/local-subnets.js'
import {pingEvidence, pingFailed} from '../../src/views/ping-outcome.js'
import {presenceEvidence} from '../../src/views/target-presence.js'
import {targetRoute} from '../../src/views/target-route.js'
import noRoute from '../local/no-route.js'
import hostsOverride from '../dns/hosts-override.js'
import searchHides from '../dns/search-hides.js'

/** noArpReply reports an on-subnet target that nothing answers ARP for: switched off, unplugged, or moved to another address. */
export default defineRule<Snapshot>({
  id: 'target.no-arp-reply',
  title: 'The target is on the local subnet and nothing answers ARP (or IPv6 neighbour discovery) for it',
  severity: 'error',
  dependsOn: [noRoute, hostsOverride, searchHides],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null) return []
    const address = facts.address
    const route = targetRoute(facts)
    const onLink = route?.route ? route.route.gateway === null && route.route.kind === null : subnetHolding(address, snapshot.nics) !== null
    if (!onLink || !(pingFailed(facts) || facts.ping?.outcome === 'not-permitted' || facts.ping === null)) return []
    const silence = arpSilence(facts, address)
    if (silence.length === 0 || presenceEvidence(facts).length > 0 || wideSubnetAround(address, snapshot.nics) !== null) return []
    const subnet = subnetHolding(address, snapshot.nics)
    const evidence = [
      `${address} is on the local subnet${subnet ? ` ${subnet.cidr} of ${subnet.dev}` : ''}: no gateway involved`,
      ...silence,
    ]
    if (facts.ping && facts.ping.outcome !== 'not-permitted') evidence.push(pingEvidence(facts))
    if (facts.tcp.length > 0) evidence.push(`no TCP port answered (${facts.tcp.map(p => p.port).join(', ')})`)
    return [
      {
        title: `Nothing answers ${askedBy(address)} for ${facts.target.input} on the local subnet: it is switched off, unplugged, or has another address now`,
        evidence,
        next: [
          `Check that ${facts.target.input} is switched on and that the lights of its network port (and of its port on the switch) are on.`,
          'Check its cable, and that it is in the right port.',
          'On that device, run `netdoc nics` to see its ports, link and addresses.',
          "It may have another address now: look in the router's DHCP client list, or run `netdoc lan`.",
        ],
        subject: address,
      },
    ]
  },
})
