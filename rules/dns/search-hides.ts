// Rule: a short name was completed with a search domain whose DNS answers it with an address where nothing answers, while a later
// search domain gives another: the order of the search list hides the right answer (a domain that answers every name).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {nameOutcome} from '../../src/views/name-lookup.js'
import {pingEvidence} from '../../src/views/ping-outcome.js'
import {targetSilent} from '../../src/views/target-presence.js'
import noRoute from '../local/no-route.js'

/** searchHides reports a name resolved through an earlier search completion to a silent address, where a later one differs. */
export default defineRule<Snapshot>({
  id: 'dns.search-hides',
  title: 'An earlier search domain answers the name with an address where nothing answers, hiding a later one',
  severity: 'error',
  dependsOn: [noRoute],
  evaluate(snapshot) {
    const facts = snapshot.ping
    const resolution = facts?.resolution
    if (!facts || !resolution || resolution.source !== 'dns' || facts.address === null || !targetSilent(facts)) return []
    const answered = resolution.names.filter(name => nameOutcome(resolution, name) === 'answered')
    const [used, ...later] = answered
    if (!used || used === resolution.name) return []
    const addressesOf = (name: string) => [
      ...new Set(
        resolution.answers.filter(answer => answer.name === name && answer.outcome === 'answered').flatMap(answer => answer.addresses),
      ),
    ]
    const other = later.find(name => !addressesOf(name).includes(facts.address!))
    if (!other) return []
    const suffix = used.slice(resolution.name.replace(/\.$/, '').length + 1)
    return [
      {
        title: `${resolution.name} was completed to ${used} (the search domain ${suffix}), which answers ${facts.address}, where nothing answers; ${other} is ${addressesOf(other).join(', ')}`,
        evidence: [
          `names tried, in the resolver's order: ${resolution.names.join(', ')}`,
          `${used} answered ${addressesOf(used).join(', ')}: the first answer, so the one ping uses`,
          `${other} answered ${addressesOf(other).join(', ')}`,
          pingEvidence(facts),
        ],
        next: [
          `Use the full name: \`ping ${other}\`.`,
          `Put the right domain first in the search list (the "search" line of /etc/resolv.conf, or the DHCP/VPN setting that writes it); ${suffix}'s DNS answering every name (a wildcard) hides the others.`,
        ],
        subject: facts.address,
      },
    ]
  },
})
