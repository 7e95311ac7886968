// Rule: the internet works: DNS gives public addresses, a connectivity check gives its documented answer (none a portal's), and
// HTTPS is trusted (no certificate rejected).
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
    const answered = http.filter(({reading}) => reading === 'expected')
    if (resolved.length === 0 || answered.length === 0 || http.some(({reading}) => reading === 'redirect' || reading === 'login-page'))
      return []
    const trusted = facts.tls.filter(check => readTls(check) === 'verified')
    if (
      trusted.length === 0 ||
      facts.tls.some(check => readTls(check) === 'clock' || readTls(check) === 'issuer' || readTls(check) === 'name')
    )
      return []
    const fastest = resolved.reduce((best, answer) => (answer.ms < best.ms ? answer : best))
    const missing = [
      ...http
        .filter(({reading}) => reading !== 'expected')
        .map(
          ({check}) =>
            `${check.url}: ${check.status ?? check.outcome}, not the documented answer (that check's own server may be down; another one answered)`,
        ),
      ...facts.tls
        .filter(check => readTls(check) !== 'verified')
        .map(check => `${check.host}:${check.port}: ${check.outcome} (another HTTPS host was trusted)`),
    ]
    return [
      {
        title: 'The internet works: DNS, the connectivity check and HTTPS all answer as they should',
        evidence: [
          `DNS: ${fastest.server} answers ${fastest.name} → ${fastest.addresses.join(', ')} (${fastest.ms} ms)`,
          ...answered.map(({check}) => `${check.url}: ${check.status}, the documented answer (${check.ms} ms)`),
          ...trusted.map(
            check => `${check.host}:${check.port}: certificate trusted (${check.certificate?.issuer ?? 'issuer unknown'}, ${check.ms} ms)`,
          ),
          ...missing,
        ],
        next: ['If one site or program still fails, the problem is there: `netdoc why-no-ping <host>` checks the way to one host.'],
      },
    ]
  },
})
