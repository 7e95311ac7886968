// lan.stale-host: a device on this cable with an address of another subnet, asking for its old gateway.
import rule from '../../../rules/lan/stale-host.js'
import {lanSnapshot} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const heard = (senderIp: string, targetIp: string, senderMac = 'b8:27:eb:12:34:56') => ({op: 'request' as const, senderMac, senderIp, targetIp, dev: 'eth0'})

testRule(rule, {
  valid: [
    {name: 'only neighbours on this LAN are heard', snapshot: lanSnapshot({listening: {devs: ['eth0'], ms: 3500, arp: [heard('192.168.1.20', '192.168.1.1')], dhcp: []}})},
    {name: 'address probes from 0.0.0.0 are not stale hosts', snapshot: lanSnapshot({listening: {devs: ['eth0'], ms: 3500, arp: [heard('0.0.0.0', '192.168.1.77')], dhcp: []}})},
    {name: 'nothing heard (not root)', snapshot: lanSnapshot({listening: null})},
  ],
  invalid: [
    {
      name: 'a Raspberry Pi still on the old 192.168.0.x subnet asks for 192.168.0.1',
      snapshot: lanSnapshot({listening: {devs: ['eth0'], ms: 3500, arp: [heard('192.168.0.50', '192.168.0.1'), heard('192.168.0.50', '192.168.0.1')], dhcp: []}}),
      reports: [
        {
          subject: '192.168.0.50',
          title: /MAC b8:27:eb:12:34:56\) uses 192\.168\.0\.50.*gateway 192\.168\.0\.1/,
          evidence: ['asks "who-has 192.168.0.1" 2 time(s)', "nor the router's 192.168.1.0/24"],
          next: ['sudo ip addr add 192.168.0.250/24 dev eth0', /192\.168\.1\.0\/24 outside the DHCP pool/],
        },
      ],
    },
  ],
})
