// gateway.no-route: a router on the way answered ping with "network unreachable".
import rule from '../../../rules/gateway/no-route.js'
import {office, pingFacts, pinged, routeTo} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const remote = '10.60.0.5'
const via = (gateway: string, line: string) =>
  office(pingFacts(remote, {routes: [routeTo(remote, {gateway})], ping: pinged(remote, 'unreachable', {line})}))

testRule(rule, {
  valid: [
    {
      name: 'the target answers',
      snapshot: office(pingFacts(remote, {routes: [routeTo(remote, {gateway: '192.168.1.254'})], ping: pinged(remote, 'reply')})),
    },
    {
      name: 'a host unreachable is another matter (the target is gone)',
      snapshot: via('192.168.1.254', 'From 192.168.1.254 icmp_seq=1 Destination Host Unreachable'),
    },
    {
      name: "this machine's own error is no router's word",
      snapshot: via('192.168.1.254', 'From 192.168.1.10 icmp_seq=1 Destination Net Unreachable'),
    },
    {
      name: 'silence',
      snapshot: office(pingFacts(remote, {routes: [routeTo(remote, {gateway: '192.168.1.254'})], ping: pinged(remote, 'no-reply')})),
    },
  ],
  invalid: [
    {
      name: 'a second router became the gateway and has no way out',
      snapshot: via('192.168.1.254', 'From 192.168.1.254 icmp_seq=1 Destination Net Unreachable'),
      reports: [
        {
          title: /The gateway 192\.168\.1\.254 answers, but has no route to 10\.60\.0\.5/,
          evidence: [/192\.168\.1\.254 sent the ICMP error itself/],
          next: [/second router/, /WAN/],
        },
      ],
    },
    {
      name: 'a router further on has no route',
      snapshot: via('192.168.1.1', 'From 10.60.0.1 icmp_seq=1 Destination Net Unreachable'),
      reports: [{title: /The router 10\.60\.0\.1 on the way has no route to 10\.60\.0\.5/, next: [/tracepath/]}],
    },
  ],
})
