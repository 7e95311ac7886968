// Rule: the resolver lies: a public name answered with a private or blocking address, or a made-up name answered instead of NXDOMAIN.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {isNonPublicAddress} from '../../src/capabilities/internet/names.js'
import {publicAnswers} from '../../src/capabilities/internet/classify.js'
import portal from './portal.js'

/** dnsHijacked reports a resolver that answers what it should not: public names with LAN addresses, made-up names at all. */
export default defineRule<Snapshot>({
  id: 'internet.dns-hijacked',
  title: 'The DNS server hijacks answers (public names sent to private addresses, or made-up names answered)',
  severity: 'error',
  dependsOn: [portal],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const rerouted = publicAnswers(facts).filter(answer => answer.outcome === 'answered' && answer.addresses.some(isNonPublicAddress))
    const invented = facts.dns.filter(answer => answer.name === facts.endpoints.madeUpName && answer.outcome === 'answered')
    if (rerouted.length === 0 && invented.length === 0) return []
    const servers = [...new Set([...rerouted, ...invented].map(answer => answer.server))]
    const evidence = [
      ...rerouted.map(
        answer => `${answer.server} answers the public name ${answer.name} with ${answer.addresses.join(', ')}: not a public address`,
      ),
      ...invented.map(
        answer =>
          `${answer.server} answers ${answer.name}, a name that does not exist, with ${answer.addresses.join(', ')} instead of NXDOMAIN`,
      ),
    ]
    if (rerouted.length === 0)
      return [
        {
          title: `The DNS server ${servers.join(', ')} answers names that do not exist (NXDOMAIN hijacking): mistyped names land on its page`,
          evidence,
          next: [
            'Turn off the provider\'s "search assistance" or "DNS error redirect" in the router or the provider\'s account, or use another DNS server (e.g. 1.1.1.1).',
          ],
          severity: 'warning',
        },
      ]
    return [
      {
        title: `The DNS server ${servers.join(', ')} sends public names to private addresses: a filter, a portal or malware rewrites DNS`,
        evidence,
        next: [
          "Check the router's DNS settings (a changed DNS server there is a known router attack), and any filter or parental-control software.",
          'Compare with a public resolver: `dig @1.1.1.1 <name>`; set a trusted DNS server until it is fixed.',
        ],
      },
    ]
  },
})
