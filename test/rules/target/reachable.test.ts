// target.reachable: echo replies came back; give loss and round-trip time, and say the problem is elsewhere.
import rule from '../../../rules/target/reachable.js'
import {knocked, office, pingFacts, pinged, routeTo} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'

testRule(rule, {
  valid: [
    {name: 'no reply', snapshot: office(pingFacts(server, {ping: pinged(server, 'no-reply')}))},
    {name: 'ping was not permitted', snapshot: office(pingFacts(server, {ping: pinged(server, 'not-permitted'), tcp: knocked('refused')}))},
    {name: 'ping did not run', snapshot: office(pingFacts(server))},
  ],
  invalid: [
    {
      name: 'replies with round-trip time, and an open port to try',
      snapshot: office(
        pingFacts(server, {routes: [routeTo(server)], ping: pinged(server, 'reply'), tcp: knocked('refused', {22: 'open'})}),
      ),
      reports: [
        {
          severity: 'info',
          title: /answers ping in 0.412 ms: the network path works; the problem is elsewhere/,
          evidence: ['3 sent, 3 received, 0% loss, round trip 0.3/0.412/0.6 ms', 'TCP 22 open'],
          next: [/these answer: 22/],
        },
      ],
    },
    {
      name: 'replies with loss',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'reply', {received: 2, lossPercent: 33.3333})})),
      reports: [{title: /with 33.3333% loss/, next: [/Some echoes were lost/]}],
    },
  ],
})
