// target.no-reply: echo requests went out, nothing answered, and nothing closer explains it.
import rule from '../../../rules/target/no-reply.js'
import {arped, knocked, office, pingFacts, pinged, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const far = '203.0.113.5'

testRule(rule, {
  valid: [
    {name: 'it answers', snapshot: office(pingFacts(far, {ping: pinged(far, 'reply')}))},
    {name: 'ping did not run', snapshot: office(pingFacts(far))},
    {name: 'ping was refused', snapshot: office(pingFacts(far, {ping: pinged(far, 'not-permitted')}))},
    {
      name: 'no route information at all: nothing shows this side of the path works (undetermined)',
      snapshot: office(pingFacts(far, {ping: pinged(far, 'no-reply')})),
    },
    {
      name: 'the gateway is not known to answer',
      snapshot: office(pingFacts(far, {routes: [routeTo(far, {gateway: ROUTER})], ping: pinged(far, 'no-reply')})),
    },
  ],
  invalid: [
    {
      name: 'beyond a gateway that answers ARP',
      snapshot: office(
        pingFacts(far, {
          routes: [routeTo(far, {gateway: ROUTER})],
          ping: pinged(far, 'no-reply'),
          arp: [arped(ROUTER, ['aa:bb:cc:00:00:01'])],
          tcp: knocked('timeout'),
        }),
      ),
      reports: [
        {
          subject: far,
          title: /the way to the gateway 192.168.1.1 works, so the fault lies beyond it/,
          evidence: ['100% packet loss', 'the gateway 192.168.1.1 answers ARP (aa:bb:cc:00:00:01)', 'no TCP port answered either'],
          next: [/tracepath -n 203.0.113.5/],
        },
      ],
    },
    {
      name: 'a private address behind a working gateway, not asked on this cable (no privilege to arping): said so',
      snapshot: (() => {
        const branch = '192.168.61.99'
        const snapshot = office(
          pingFacts(branch, {routes: [routeTo(branch, {gateway: ROUTER})], ping: pinged(branch, 'no-reply'), arp: []}),
        )
        snapshot.ping!.neighbours = [{address: ROUTER, dev: 'eth0', mac: 'aa:bb:cc:00:00:01', state: 'REACHABLE', confirmedSecondsAgo: 0}]
        snapshot.gaps.push({fact: 'ARP probing (arping)', reason: 'not permitted: needs CAP_NET_RAW', section: 'ping'})
        return snapshot
      })(),
      reports: [
        {
          title: /the fault lies beyond it/,
          evidence: [
            'the gateway 192.168.1.1 answers ARP (aa:bb:cc:00:00:01)',
            /not asked on this cable by ARP \(not permitted: needs CAP_NET_RAW\)/,
          ],
        },
      ],
    },
  ],
})
