// Rule: the target's public name, and a made-up name beside it, both come back with a private address: the DNS server answers
// every name (a captive portal, or rewriting), so whatever answered ping was not the target.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredOnlyPrivately} from '../../src/views/name-lookup.js'
import {pingEvidence} from '../../src/views/ping-outcome.js'

/** hijacked reports a DNS server that answered a made-up name with an address, as it did the target's (private) one. */
export default defineRule<Snapshot>({
  id: 'dns.hijacked',
  title: 'The DNS server answers every name, made-up ones too: a captive portal or rewriting, not the real target',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.ping
    const resolution = facts?.resolution
    if (!facts || !resolution || !answeredOnlyPrivately(resolution)) return []
    const madeUp = (resolution.madeUp ?? []).filter(answer => answer.outcome === 'answered' && answer.addresses.length > 0)
    if (madeUp.length === 0) return []
    const first = madeUp[0]!
    const target =
      resolution.answers.find(answer => answer.outcome === 'answered' && answer.server === first.server) ??
      resolution.answers.find(answer => answer.outcome === 'answered')!
    return [
      {
        title: `${first.server} answers ${resolution.name} with ${resolution.addresses.join(', ')}, a private address, and a made-up name with ${first.addresses.join(', ')}: it answers every name (a captive portal or DNS rewriting), so what answers is not ${resolution.name}`,
        evidence: [
          `${target.server} answers ${target.name} with ${target.addresses.join(', ')}, an address on a private network, not the internet`,
          `${first.server} also answers ${first.name}, a name nobody registered, with ${first.addresses.join(', ')}: a real DNS server says NXDOMAIN`,
          ...(facts.ping ? [pingEvidence(facts)] : []),
        ],
        next: [
          "Open any http:// address in a browser: a captive portal (a hotel, a café, a new router's setup page) shows its login page; log in there, then try again.",
          "`netdoc internet` tells a captive portal from DNS rewriting and names the portal's page.",
          `Without a portal, ${first.server} rewrites names: check the router's DNS settings (a filter, a "safe browsing" or parental-control feature) or ask the provider.`,
        ],
        subject: resolution.name,
      },
    ]
  },
})
