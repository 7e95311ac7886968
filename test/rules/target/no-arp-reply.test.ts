// target.no-arp-reply: the target is on the local subnet and nothing answers ARP for it.
import rule from '../../../rules/target/no-arp-reply.js'
import {arped, knocked, neighbour, office, pingFacts, pinged, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const absent = '192.168.1.99'
const onLink = [routeTo(absent)]

testRule(rule, {
  valid: [
    {
      name: 'it answers ARP (then ping is blocked, or it answers)',
      snapshot: office(pingFacts(absent, {routes: onLink, ping: pinged(absent, 'no-reply'), arp: [arped(absent, ['aa:bb:cc:00:00:99'])]})),
    },
    {name: 'it answers ping', snapshot: office(pingFacts(absent, {routes: onLink, ping: pinged(absent, 'reply')}))},
    {
      name: 'an off-subnet target',
      snapshot: office(
        pingFacts('10.0.0.5', {
          routes: [routeTo('10.0.0.5', {gateway: ROUTER})],
          ping: pinged('10.0.0.5', 'no-reply'),
          arp: [arped('10.0.0.5')],
        }),
      ),
    },
    {
      name: 'ARP was never asked and the kernel knows nothing',
      snapshot: office(pingFacts(absent, {routes: onLink, ping: pinged(absent, 'no-reply')})),
    },
    {
      name: 'a TCP port answered',
      snapshot: office(
        pingFacts(absent, {
          routes: onLink,
          ping: pinged(absent, 'no-reply'),
          neighbours: [neighbour(absent, 'INCOMPLETE')],
          tcp: knocked('timeout', {80: 'refused'}),
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'arping silent, the neighbour entry FAILED, ping unanswered',
      snapshot: office(
        pingFacts(absent, {
          routes: onLink,
          ping: pinged(absent, 'unreachable'),
          arp: [arped(absent)],
          neighbours: [neighbour(absent, 'FAILED')],
          tcp: knocked('timeout'),
        }),
      ),
      reports: [
        {
          subject: absent,
          title: /^Nothing answers ARP for 192.168.1.99/,
          evidence: [
            'on the local subnet 192.168.1.0/24 of eth0',
            'arping 192.168.1.99 on eth0',
            'is FAILED (no MAC',
            'Destination Host Unreachable',
            'no TCP port answered',
          ],
          next: [/switched on/, /netdoc nics/, /DHCP client list/],
        },
      ],
    },
    {
      name: 'IPv6: neighbour discovery fails (arping cannot ask), and the words say so',
      snapshot: office(
        pingFacts('fd00:1::99', {
          routes: [routeTo('fd00:1::99')],
          ping: pinged('fd00:1::99', 'no-reply'),
          neighbours: [neighbour('fd00:1::99', 'INCOMPLETE')],
          tcp: knocked('timeout'),
        }),
      ),
      reports: [
        {
          subject: 'fd00:1::99',
          title: /^Nothing answers neighbour discovery for fd00:1::99 on the local subnet/,
          evidence: ['is on the local subnet', 'fd00:1::99 on eth0 is INCOMPLETE (no MAC: neighbour discovery got no answer)'],
        },
      ],
    },
    {
      name: 'unprivileged: ping refused, the neighbour table still shows the lookup failing',
      snapshot: office(
        pingFacts(absent, {
          routes: onLink,
          ping: pinged(absent, 'not-permitted'),
          neighbours: [neighbour(absent, 'INCOMPLETE')],
          tcp: knocked('timeout'),
        }),
      ),
      reports: [{evidence: [/INCOMPLETE/]}],
    },
  ],
})
