// Rule: /etc/hosts sends the name to an address where nothing answers, while DNS knows another: a stale hosts entry.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {arpSilence} from '../../src/views/arp-answers.js'
import {pingEvidence} from '../../src/views/ping-outcome.js'
import {targetSilent} from '../../src/views/target-presence.js'
import noRoute from '../local/no-route.js'

/** hostsOverride reports a name /etc/hosts answers (so DNS is never asked by ping) with a silent address DNS does not give. */
export default defineRule<Snapshot>({
  id: 'dns.hosts-override',
  title: '/etc/hosts sends the name to an address where nothing answers, while DNS gives another',
  severity: 'error',
  dependsOn: [noRoute],
  evaluate(snapshot) {
    const facts = snapshot.ping
    const resolution = facts?.resolution
    if (!facts || !resolution || resolution.source !== 'hosts' || facts.address === null || !targetSilent(facts)) return []
    const fromDns = [...new Set(resolution.answers.filter(answer => answer.outcome === 'answered').flatMap(answer => answer.addresses))]
    if (fromDns.length === 0 || fromDns.includes(facts.address)) return []
    const asked = resolution.answers.find(answer => answer.outcome === 'answered')!
    return [
      {
        title: `/etc/hosts sends ${resolution.name} to ${facts.address}, where nothing answers; DNS says ${resolution.name} is ${fromDns.join(', ')}: the hosts entry is stale`,
        evidence: [
          `/etc/hosts gives ${resolution.name} the address ${resolution.addresses.join(', ')}, and the C library takes it before asking DNS`,
          `${asked.server} answers ${asked.name} with ${fromDns.join(', ')}`,
          pingEvidence(facts),
          ...arpSilence(facts, facts.address),
        ],
        next: [
          `Remove or correct the line for ${resolution.name} in /etc/hosts (\`sudo nano /etc/hosts\`); then ping uses DNS's ${fromDns[0]}.`,
          `Check the address DNS gives: \`netdoc why-no-ping ${fromDns[0]}\`.`,
        ],
        subject: facts.address,
      },
    ]
  },
})
