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
  ],
  invalid: [
    {
      name: 'beyond a gateway that answers ARP',
      snapshot: office(pingFacts(far, {routes: [routeTo(far, {gateway: ROUTER})], ping: pinged(far, 'no-reply'), arp: [arped(ROUTER, ['aa:bb:cc:00:00:01'])], tcp: knocked('timeout')})),
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
      name: 'no route information at all',
      snapshot: office(pingFacts(far, {ping: pinged(far, 'no-reply')})),
      reports: [{title: /netdoc found no more specific cause/, next: [/as root/]}],
    },
  ],
})
