// Rule: the target's name does not exist: a DNS server answered NXDOMAIN and /etc/hosts has no entry.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {DNS_WORDS, lookupFailure} from '../../src/views/name-lookup.js'
import noRoute from '../local/no-route.js'

/** unresolved reports a name the DNS servers said does not exist (or has no address) under every name tried, search suffixes
 * applied, with no /etc/hosts entry either: a refusal or a failure for any of them is no proof the name is wrong. */
export default defineRule<Snapshot>({
  id: 'dns.unresolved',
  title: 'The name does not exist (NXDOMAIN, and not in /etc/hosts)',
  severity: 'error',
  dependsOn: [noRoute],
  evaluate(snapshot) {
    const resolution = snapshot.ping?.resolution
    if (!resolution || lookupFailure(resolution) !== 'denied') return []
    const denials = resolution.answers.filter(answer => answer.outcome === 'nxdomain' || answer.outcome === 'no-data')
    const name = resolution.name
    const evidence = denials.map(answer => `${answer.server} ${DNS_WORDS[answer.outcome]} for ${answer.name} (${answer.ms} ms)`)
    if (resolution.names.length > 1) evidence.push(`names tried, in the resolver's order: ${resolution.names.join(', ')}`)
    evidence.push(resolution.hostsChecked ? `/etc/hosts has no entry for ${name}` : '/etc/hosts could not be read')
    const next = [
      `Check the spelling of "${name}".`,
      `If you know its address, check it directly: \`netdoc why-no-ping <address>\`.`,
      `Give it a name where this LAN's names live (the router's DHCP/DNS page), or add it to /etc/hosts: \`echo '<address> ${name}' | sudo tee -a /etc/hosts\`.`,
    ]
    if (/\.local\.?$/i.test(name))
      next.push(
        'Names ending in .local are answered by mDNS (avahi), not by the DNS server: check that avahi-daemon runs on both machines.',
      )
    return [{title: `The name ${name} does not exist: the DNS server says so, and /etc/hosts does not list it`, evidence, next}]
  },
})
