// local.no-route: the kernel has no route to the target: no default gateway, and the target is on no local subnet.
import rule from '../../../rules/local/no-route.js'
import {office, officeRoutes, pingFacts, pinged, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const remote = '10.60.0.5'
const connectedOnly = officeRoutes().filter(route => route.destination !== 'default')

testRule(rule, {
  valid: [
    {name: 'a route via the gateway', snapshot: office(pingFacts(remote, {routes: [routeTo(remote, {gateway: ROUTER})], ping: pinged(remote, 'no-reply')}))},
    {name: 'an on-link target without a default route', snapshot: office(pingFacts('192.168.1.20', {routes: [routeTo('192.168.1.20')]}), {routes: connectedOnly})},
    {name: 'a name that resolved nothing, its server reachable', snapshot: office(pingFacts('nas.lan', {routes: [routeTo(ROUTER)]}))},
  ],
  invalid: [
    {
      name: 'no default route, target off-subnet',
      snapshot: office(
        pingFacts(remote, {routes: [routeTo(remote, {error: 'Network is unreachable'})], ping: pinged(remote, 'unreachable', {line: 'ping: connect: Network is unreachable'})}),
        {routes: connectedOnly},
      ),
      reports: [
        {
          title: /no route to 10.60.0.5/,
          evidence: ['ip route get 10.60.0.5: Network is unreachable', 'no default route', 'local subnets: 192.168.1.0/24 on eth0', 'ping: ping: connect: Network is unreachable'],
          next: ['sudo ip route add default via 192.168.1.1 dev eth0'],
        },
      ],
    },
    {
      name: 'an unresolved name whose DNS servers have no route',
      snapshot: office(pingFacts('nas.example', {routes: [routeTo('10.0.0.53', {error: 'Network is unreachable'})]}), {routes: connectedOnly}),
      reports: [{title: /DNS servers of nas.example/}],
    },
  ],
})
