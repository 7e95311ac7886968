// dns.server-failure: the DNS server answers SERVFAIL for the name, and no server denied it.
import rule from '../../../rules/dns/server-failure.js'
import {dnsAnswer, office, pingFacts, resolved, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'the name resolved',
      snapshot: office(
        pingFacts('nas.lan', {resolution: resolved('nas.lan', [dnsAnswer(ROUTER, 'nas.lan', 'answered', ['192.168.1.20'])])}),
      ),
    },
    {
      name: 'the name was denied',
      snapshot: office(pingFacts('nas.lan', {resolution: resolved('nas.lan', [dnsAnswer(ROUTER, 'nas.lan', 'nxdomain')])})),
    },
    {
      name: 'the server was silent (dns.no-answer)',
      snapshot: office(pingFacts('nas.lan', {resolution: resolved('nas.lan', [dnsAnswer(ROUTER, 'nas.lan', 'no-answer')])})),
    },
  ],
  invalid: [
    {
      name: 'SERVFAIL for the name',
      snapshot: office(pingFacts('nas.lan', {resolution: resolved('nas.lan', [dnsAnswer(ROUTER, 'nas.lan', 'server-failure')])})),
      reports: [
        {
          title: /The DNS server 192\.168\.1\.1 fails to resolve nas\.lan \(SERVFAIL\)/,
          evidence: ['192.168.1.1 answered SERVFAIL for nas.lan'],
          next: [/upstream DNS/, /DNSSEC/],
        },
      ],
    },
  ],
})
