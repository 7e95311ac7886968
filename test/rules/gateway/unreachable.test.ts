// gateway.unreachable: the target is off-subnet and the default gateway does not answer ARP.
import rule from '../../../rules/gateway/unreachable.js'
import {arped, dnsAnswer, neighbour, office, pingFacts, pinged, resolved, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const remote = '10.60.0.5'
const viaRouter = [routeTo(remote, {gateway: ROUTER})]

testRule(rule, {
  valid: [
    {
      name: 'the gateway answers ARP',
      snapshot: office(
        pingFacts(remote, {routes: viaRouter, ping: pinged(remote, 'no-reply'), arp: [arped(ROUTER, ['aa:bb:cc:00:00:01'])]}),
      ),
    },
    {
      name: 'the target answers ping',
      snapshot: office(pingFacts(remote, {routes: viaRouter, ping: pinged(remote, 'reply'), arp: [arped(ROUTER)]})),
    },
    {
      name: 'an on-link target',
      snapshot: office(
        pingFacts('192.168.1.99', {
          routes: [routeTo('192.168.1.99')],
          ping: pinged('192.168.1.99', 'no-reply'),
          arp: [arped('192.168.1.99')],
        }),
      ),
    },
    {
      name: 'the gateway was not asked (arping not permitted, no neighbour entry)',
      snapshot: office(pingFacts(remote, {routes: viaRouter, ping: pinged(remote, 'no-reply')})),
    },
  ],
  invalid: [
    {
      name: 'arping gets no reply from the gateway',
      snapshot: office(pingFacts(remote, {routes: viaRouter, ping: pinged(remote, 'no-reply'), arp: [arped(ROUTER)]})),
      reports: [
        {
          title: /gateway 192.168.1.1 does not answer/,
          evidence: ['ip route get 10.60.0.5: dev eth0 via 192.168.1.1', 'arping 192.168.1.1 on eth0: 2 ARP request(s) on eth0, no reply'],
          next: [/router is switched on/, /ip route replace default via/],
        },
      ],
    },
    {
      name: 'unprivileged: only the neighbour table shows the gateway FAILED',
      snapshot: office(
        pingFacts(remote, {routes: viaRouter, ping: pinged(remote, 'not-permitted'), neighbours: [neighbour(ROUTER, 'FAILED')]}),
      ),
      reports: [{evidence: [/neighbour table: 192.168.1.1 on eth0 is FAILED/]}],
    },
    {
      name: 'an unresolved name whose DNS server lies beyond the dead gateway',
      snapshot: office(
        pingFacts('nas.example', {
          resolution: resolved('nas.example', [dnsAnswer('9.9.9.9', 'nas.example', 'no-answer')]),
          routes: [routeTo('9.9.9.9', {gateway: ROUTER})],
          arp: [arped(ROUTER)],
        }),
      ),
      reports: [{title: /such as the DNS server 9.9.9.9/}],
    },
  ],
})
