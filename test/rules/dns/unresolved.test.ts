// dns.unresolved: a DNS server said the name does not exist, and /etc/hosts does not list it.
import rule from '../../../rules/dns/unresolved.js'
import {dnsAnswer, office, pingFacts, resolved, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: 'the name resolved',
      snapshot: office(
        pingFacts('nas', {
          address: '192.168.1.20',
          resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas.lan', 'answered', ['192.168.1.20'])]),
        }),
      ),
    },
    {
      name: 'the name came from /etc/hosts',
      snapshot: office(
        pingFacts('nas', {address: '192.168.1.20', resolution: resolved('nas', [], {source: 'hosts', addresses: ['192.168.1.20']})}),
      ),
    },
    {
      name: 'the server did not answer (that is dns.no-answer)',
      snapshot: office(pingFacts('nas', {resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas', 'no-answer')])})),
    },
    {name: 'an address target', snapshot: office(pingFacts('192.168.1.20'))},
  ],
  invalid: [
    {
      name: 'NXDOMAIN for the name and its search suffix',
      snapshot: office(
        pingFacts('nosuch', {
          resolution: resolved('nosuch', [dnsAnswer(ROUTER, 'nosuch.lan', 'nxdomain'), dnsAnswer(ROUTER, 'nosuch', 'nxdomain')]),
        }),
      ),
      reports: [
        {
          title: /nosuch does not exist/,
          evidence: [
            '192.168.1.1 answered NXDOMAIN (no such name) for nosuch.lan',
            "names tried, in the resolver's order: nosuch.lan, nosuch",
            '/etc/hosts has no entry for nosuch',
          ],
          next: [/spelling/, /etc\/hosts/],
        },
      ],
    },
    {
      name: 'one server denies while the other is silent',
      snapshot: office(
        pingFacts('nas.lan', {
          resolution: resolved('nas.lan', [dnsAnswer(ROUTER, 'nas.lan', 'nxdomain'), dnsAnswer('192.168.1.2', 'nas.lan', 'no-answer')]),
        }),
      ),
      reports: [{evidence: ['192.168.1.1 answered NXDOMAIN']}],
    },
    {
      name: 'a .local name, which DNS does not answer',
      snapshot: office(
        pingFacts('printer.local', {resolution: resolved('printer.local', [dnsAnswer(ROUTER, 'printer.local', 'nxdomain')])}),
      ),
      reports: [{next: [/mDNS \(avahi\)/]}],
    },
  ],
})
