// Rule: HTTPS is blocked: the handshake gets no answer (dropped or refused) while the internet answers otherwise.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describeUpstream, ipWorks, readTls, upstreams} from '../../src/capabilities/internet/classify.js'
import noGateway from './no-gateway.js'
import portal from './portal.js'
import upstreamDown from './upstream-down.js'

/** httpsBlocked reports HTTPS hosts that never answer the handshake while the internet answers ping, DNS or HTTP. */
export default defineRule<Snapshot>({
  id: 'internet.https-blocked',
  title: 'HTTPS (TCP port 443) is blocked on the way',
  severity: 'error',
  dependsOn: [noGateway, portal, upstreamDown],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts || facts.tls.length === 0 || !ipWorks(facts)) return []
    if (!facts.tls.every(check => readTls(check) === 'blocked')) return []
    const port443 = upstreams(facts, 'ipv4').filter(probe => probe.tcp.some(attempt => attempt.port === 443))
    return [
      {
        title: `HTTPS is blocked: ${facts.tls.map(check => `${check.host}:${check.port}`).join(', ')} ${facts.tls.length > 1 ? 'get' : 'gets'} no TLS handshake, while the internet answers otherwise`,
        evidence: [
          ...facts.tls.map(
            check =>
              `${check.host}:${check.port} at ${check.address}: ${check.outcome}${check.code ? ` (${check.code})` : ''} after ${check.ms} ms`,
          ),
          ...port443.slice(0, 3).map(describeUpstream),
        ],
        next: [
          "A firewall drops or refuses port 443: check this machine's (`sudo nft list ruleset`), the router's, and any filter or parental-control setting.",
          'On a company or school network, ask whoever runs it: HTTPS may be allowed only through a proxy.',
        ],
      },
    ]
  },
})
