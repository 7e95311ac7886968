// target.ip-conflict: more than one MAC answers ARP for the target address.
import rule from '../../../rules/target/ip-conflict.js'
import {arped, office, pingFacts, pinged} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'

testRule(rule, {
  valid: [
    {
      name: 'one MAC answers',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'reply'), arp: [arped(server, ['aa:bb:cc:00:00:20'])]})),
    },
    {name: 'nothing answers', snapshot: office(pingFacts(server, {ping: pinged(server, 'no-reply'), arp: [arped(server)]}))},
  ],
  invalid: [
    {
      name: 'two MACs answer one broadcast, and ping still gets answers',
      snapshot: office(
        pingFacts(server, {ping: pinged(server, 'reply'), arp: [arped(server, ['aa:bb:cc:00:00:20', 'dc:a6:32:00:00:07'])]}),
      ),
      reports: [
        {
          subject: server,
          title: /Two devices use the address 192.168.1.20 \(aa:bb:cc:00:00:20 and dc:a6:32:00:00:07\)/,
          evidence: [
            'replies from aa:bb:cc:00:00:20 and dc:a6:32:00:00:07',
            '2 different MACs claim 192.168.1.20',
            'whichever device answered ARP last',
          ],
          next: [/aa:bb:cc, dc:a6:32/, /another address/],
        },
      ],
    },
    {
      name: 'one MAC by arping, another heard claiming the address while listening',
      snapshot: office(
        pingFacts(server, {
          ping: pinged(server, 'no-reply'),
          arp: [arped(server, ['aa:bb:cc:00:00:20'])],
          listening: {
            devs: ['eth0'],
            ms: 1200,
            sightings: [{op: 'reply', senderMac: 'dc:a6:32:00:00:07', senderIp: server, targetIp: null, dev: 'eth0'}],
          },
        }),
      ),
      reports: [{evidence: ['2 different MACs claim']}],
    },
  ],
})
