// dns.refused: the DNS server refuses the name (no upstream), and no server denied it, so the name is unknown, not wrong.
import rule from '../../../rules/dns/refused.js'
import {dnsAnswer, office, pingFacts, resolved, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'the name resolved',
      snapshot: office(
        pingFacts('example.com', {resolution: resolved('example.com', [dnsAnswer(ROUTER, 'example.com', 'answered', ['203.0.113.5'])])}),
      ),
    },
    {
      name: 'every name tried was denied (that is dns.unresolved)',
      snapshot: office(
        pingFacts('nosuch', {
          resolution: resolved('nosuch', [dnsAnswer(ROUTER, 'nosuch.lan', 'nxdomain'), dnsAnswer(ROUTER, 'nosuch', 'nxdomain')]),
        }),
      ),
    },
    {
      name: 'refused by one server, denied by another',
      snapshot: office(
        pingFacts('nosuch.lan', {
          resolution: resolved('nosuch.lan', [
            dnsAnswer(ROUTER, 'nosuch.lan', 'refused'),
            dnsAnswer('192.168.1.2', 'nosuch.lan', 'nxdomain'),
          ]),
        }),
      ),
    },
    {
      name: 'refused by one server, silence from another (that is dns.no-answer)',
      snapshot: office(
        pingFacts('nas', {
          resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas', 'refused'), dnsAnswer('192.168.1.53', 'nas', 'no-answer')]),
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'the router has no upstream: REFUSED for example.com, NXDOMAIN only for the search-suffixed example.com.lan',
      snapshot: office(
        pingFacts('example.com', {
          resolution: resolved('example.com', [
            dnsAnswer(ROUTER, 'example.com', 'refused'),
            dnsAnswer(ROUTER, 'example.com.lan', 'nxdomain'),
          ]),
        }),
      ),
      reports: [
        {
          title: /The DNS server 192\.168\.1\.1 refuses to look up example\.com \(REFUSED\).*unknown, not wrong/,
          evidence: [
            '192.168.1.1 answered REFUSED for example.com',
            'example.com.lan (the search suffixes) got NXDOMAIN, which says nothing of example.com',
          ],
          next: [/no upstream DNS server/],
        },
      ],
    },
  ],
})
