// dns.no-answer: the configured DNS servers do not answer, so the name is unknown, not wrong.
import rule from '../../../rules/dns/no-answer.js'
import {arped, dnsAnswer, office, pingFacts, resolved, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const dead = '192.168.1.53'

testRule(rule, {
  valid: [
    {
      name: 'the server answered',
      snapshot: office(
        pingFacts('nas', {
          address: '192.168.1.20',
          resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas.lan', 'answered', ['192.168.1.20'])]),
        }),
      ),
    },
    {
      name: 'the server said no such name (that is dns.unresolved)',
      snapshot: office(pingFacts('nas', {resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas', 'nxdomain')])})),
    },
    {name: 'an address target', snapshot: office(pingFacts('192.168.1.20'))},
  ],
  invalid: [
    {
      name: 'the only server is silent, and nothing answers ARP for it',
      snapshot: office(
        pingFacts('server.lan', {
          resolution: resolved('server.lan', [dnsAnswer(dead, 'server.lan', 'no-answer')]),
          routes: [routeTo(dead)],
          arp: [arped(dead)],
        }),
      ),
      reports: [
        {
          title: /192.168.1.53 does not answer, so the address of server.lan is unknown/,
          evidence: [
            '192.168.1.53 gave no answer within 1.2 s for server.lan, ETIMEOUT',
            'arping 192.168.1.53 on eth0: 2 ARP request(s)',
            'unknown, not wrong',
          ],
          next: [/still this LAN's DNS server/],
        },
      ],
    },
    {
      name: 'two servers, one refusing and one silent',
      snapshot: office(
        pingFacts('nas', {resolution: resolved('nas', [dnsAnswer(ROUTER, 'nas', 'refused'), dnsAnswer(dead, 'nas', 'no-answer')])}),
      ),
      reports: [{title: /DNS servers 192.168.1.1, 192.168.1.53 do not answer/, evidence: ['192.168.1.1 refused to answer (REFUSED)']}],
    },
    {
      name: 'no DNS server configured',
      snapshot: office(pingFacts('nas', {resolution: resolved('nas', [])})),
      reports: [{title: /No DNS server is configured/, evidence: ['/etc/resolv.conf names no nameserver']}],
    },
  ],
})
