// lan.stale-host: a device on this cable with an address of another subnet, asking for its old gateway.
import rule from '../../../rules/lan/stale-host.js'
import {heardDhcp, lanSnapshot} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const heard = (senderIp: string, targetIp: string, senderMac = 'b8:27:eb:12:34:56') => ({
  op: 'request' as const,
  senderMac,
  senderIp,
  targetIp,
  dev: 'eth0',
})

testRule(rule, {
  valid: [
    {
      name: 'only neighbours on this LAN are heard',
      snapshot: lanSnapshot({listening: {devs: ['eth0'], ms: 3500, arp: [heard('192.168.1.20', '192.168.1.1')], dhcp: []}}),
    },
    {
      name: 'address probes from 0.0.0.0 are not stale hosts',
      snapshot: lanSnapshot({listening: {devs: ['eth0'], ms: 3500, arp: [heard('0.0.0.0', '192.168.1.77')], dhcp: []}}),
    },
    {name: 'nothing heard (not root)', snapshot: lanSnapshot({listening: null})},
    {
      name: 'a second DHCP server checking an address of its own pool before offering it (its ARP from its own address)',
      snapshot: lanSnapshot({
        listening: {
          devs: ['eth0'],
          ms: 3500,
          arp: [heard('192.168.71.1', '192.168.71.147', '02:00:00:00:71:01')],
          dhcp: [
            heardDhcp({
              messageType: 'OFFER',
              serverId: '192.168.71.1',
              sourceIp: '192.168.71.1',
              sourceMac: '02:00:00:00:71:01',
              yiaddr: '192.168.71.147',
              routers: ['192.168.71.1'],
              subnetMask: '255.255.255.0',
            }),
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'a Raspberry Pi still on the old 192.168.0.x subnet asks for 192.168.0.1',
      snapshot: lanSnapshot({
        listening: {devs: ['eth0'], ms: 3500, arp: [heard('192.168.0.50', '192.168.0.1'), heard('192.168.0.50', '192.168.0.1')], dhcp: []},
      }),
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
