// Rule: the internet works: DNS gives public addresses, the connectivity check gives its documented answer, HTTPS is trusted.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {httpReadings, publicAnswers, readTls} from '../../src/capabilities/internet/classify.js'
import {isNonPublicAddress} from '../../src/capabilities/internet/names.js'
import ipv6Broken from './ipv6-broken.js'
import mtuBlackhole from './mtu-blackhole.js'
import dnsHijacked from './dns-hijacked.js'

/** internetOk reports the good news, with the timings: every part of the path answered as documented. */
export default defineRule<Snapshot>({
  id: 'internet.ok',
  title: 'The internet works',
  severity: 'info',
  dependsOn: [dnsHijacked, ipv6Broken, mtuBlackhole],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const resolved = publicAnswers(facts).filter(answer => answer.outcome === 'answered' && !answer.addresses.some(isNonPublicAddress))
    const http = httpReadings(facts)
    if (resolved.length === 0 || http.length === 0 || !http.every(({reading}) => reading === 'expected')) return []
    if (facts.tls.length === 0 || !facts.tls.every(check => readTls(check) === 'verified')) return []
    const fastest = resolved.reduce((best, answer) => (answer.ms < best.ms ? answer : best))
    return [
      {
        title: 'The internet works: DNS, the connectivity check and HTTPS all answer as they should',
        evidence: [
          `DNS: ${fastest.server} answers ${fastest.name} → ${fastest.addresses.join(', ')} (${fastest.ms} ms)`,
          ...http.map(({check}) => `${check.url}: ${check.status}, the documented answer (${check.ms} ms)`),
          ...facts.tls.map(check => `${check.host}:${check.port}: certificate trusted (${check.certificate?.issuer ?? 'issuer unknown'}, ${check.ms} ms)`),
        ],
        next: ['If one site or program still fails, the problem is there: `netdoc why-no-ping <host>` checks the way to one host.'],
      },
    ]
  },
})
