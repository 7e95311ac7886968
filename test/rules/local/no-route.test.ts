// local.no-route: the kernel has no route to the target: no default gateway, and the target is on no local subnet.
import rule from '../../../rules/local/no-route.js'
import {office, officePort, officeRoutes, pingFacts, pinged, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const remote = '10.60.0.5'
const connectedOnly = officeRoutes().filter(route => route.destination !== 'default')

testRule(rule, {
  valid: [
    {
      name: 'a route via the gateway',
      snapshot: office(pingFacts(remote, {routes: [routeTo(remote, {gateway: ROUTER})], ping: pinged(remote, 'no-reply')})),
    },
    {
      name: 'an on-link target without a default route',
      snapshot: office(pingFacts('192.168.1.20', {routes: [routeTo('192.168.1.20')]}), {routes: connectedOnly}),
    },
    {name: 'a name that resolved nothing, its server reachable', snapshot: office(pingFacts('nas.lan', {routes: [routeTo(ROUTER)]}))},
  ],
  invalid: [
    {
      name: 'no default route, target off-subnet',
      snapshot: office(
        pingFacts(remote, {
          routes: [routeTo(remote, {error: 'Network is unreachable'})],
          ping: pinged(remote, 'unreachable', {line: 'ping: connect: Network is unreachable'}),
        }),
        {routes: connectedOnly},
      ),
      reports: [
        {
          title: /no route to 10.60.0.5/,
          evidence: [
            'ip route get 10.60.0.5: Network is unreachable',
            'no default route',
            'local subnets: 192.168.1.0/24 on eth0',
            'ping: ping: connect: Network is unreachable',
          ],
          next: ['sudo ip route add default via 192.168.1.1 dev eth0'],
        },
      ],
    },
    {
      name: 'an IPv6 target from a machine with only fe80:: addresses: no IPv4 default-route advice',
      snapshot: office(
        pingFacts('fd00:1::20', {
          routes: [routeTo('fd00:1::20', {error: 'Network is unreachable'})],
          ping: pinged('fd00:1::20', 'unreachable', {line: 'ping: connect: Network is unreachable'}),
        }),
        {
          ports: [officePort({addresses: ['192.168.1.10/24', 'fe80::10/64']})],
        },
      ),
      reports: [
        {
          title: /^This machine has no IPv6 route to fd00:1::20$/,
          evidence: ['ip route get fd00:1::20: Network is unreachable', 'no IPv6 address beyond the link (fe80::)'],
          next: [/may not carry IPv6/, /router advertisements/],
        },
      ],
    },
    {
      name: 'an IPv6 target outside the prefix this machine holds',
      snapshot: office(pingFacts('2001:db8:9::1', {routes: [routeTo('2001:db8:9::1', {error: 'Network is unreachable'})]}), {
        ports: [officePort({addresses: ['192.168.1.10/24', 'fd00:1::10/64', 'fe80::10/64']})],
      }),
      reports: [{evidence: ['IPv6 addresses: fd00:1::10/64 on eth0; none covers 2001:db8:9::1, and there is no IPv6 default route']}],
    },
    {
      name: 'an unresolved name whose DNS servers have no route',
      snapshot: office(pingFacts('nas.example', {routes: [routeTo('10.0.0.53', {error: 'Network is unreachable'})]}), {
        routes: connectedOnly,
      }),
      reports: [{title: /DNS servers of nas.example/}],
    },
  ],
})
