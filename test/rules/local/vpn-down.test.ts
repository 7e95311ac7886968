// local.vpn-down: the route to the target goes through a VPN's port without link.
import rule from '../../../rules/local/vpn-down.js'
import {office, officePort, officeRoutes, pingFacts, pinged, routeTo} from '../../support/ping.js'
import {wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

const remote = '10.60.0.5'
const tun = (carrier: boolean | null) =>
  wiredPort({name: 'tun0', kind: 'virtual', virtualType: 'tun', carrier, mac: null, busId: null, addresses: ['10.8.0.2/24']})
const vpnRoutes = [
  ...officeRoutes(),
  {destination: '0.0.0.0/1', gateway: null, dev: 'tun0', linkdown: true},
  {destination: '128.0.0.0/1', gateway: null, dev: 'tun0', linkdown: true},
]
const throughTun = (carrier: boolean | null, ping = pinged(remote, 'no-reply')) =>
  office(pingFacts(remote, {routes: [routeTo(remote, {dev: 'tun0'})], ping}), {ports: [officePort(), tun(carrier)], routes: vpnRoutes})

testRule(rule, {
  valid: [
    {name: 'the VPN is up (tun0 has link)', snapshot: throughTun(true)},
    {name: 'the target answers all the same', snapshot: throughTun(false, pinged(remote, 'reply'))},
    {
      name: 'the route goes by eth0, not the VPN',
      snapshot: office(pingFacts(remote, {routes: [routeTo(remote, {gateway: '192.168.1.1'})], ping: pinged(remote, 'no-reply')}), {
        ports: [officePort(), tun(false)],
      }),
    },
    {
      name: 'an Ethernet port without link is a cable matter (local.no-carrier)',
      snapshot: office(pingFacts(remote, {routes: [routeTo(remote)], ping: pinged(remote, 'no-reply')}), {
        ports: [officePort({carrier: false})],
      }),
    },
  ],
  invalid: [
    {
      name: "OpenVPN's def1 routes over a tun0 whose program is gone",
      snapshot: throughTun(false),
      reports: [
        {
          subject: 'tun0',
          title: /goes through tun0, a VPN port without link: the VPN dropped/,
          evidence: [
            'ip route get 10.60.0.5: dev tun0',
            /tun0 is a tun port/,
            /0\.0\.0\.0\/1, 128\.0\.0\.0\/1 \(the kernel marks them linkdown\)/,
          ],
          next: [/Reconnect the VPN/, /ip route del 0\.0\.0\.0\/1 dev tun0/],
        },
      ],
    },
  ],
})
