// lan.dhcp-servers: two DHCP servers answer on one LAN.
import rule from '../../../rules/lan/dhcp-servers.js'
import {heardDhcp, lanSnapshot, offer} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const discoverWith = (offers: ReturnType<typeof offer>[]) => ({
  discover: {
    dev: 'eth0',
    mac: '00:1b:21:aa:bb:01',
    source: '192.168.1.10',
    outcome: 'offers' as const,
    reason: null,
    windowMs: 3500,
    offers,
  },
})

testRule(rule, {
  valid: [
    {name: 'one server', snapshot: lanSnapshot()},
    {
      name: 'the same server offering and heard ACKing others',
      snapshot: lanSnapshot({listening: {devs: ['eth0'], ms: 3500, arp: [], dhcp: [heardDhcp()]}}),
    },
    {
      name: 'a DHCP request from a client is not a server',
      snapshot: lanSnapshot({
        listening: {
          devs: ['eth0'],
          ms: 3500,
          arp: [],
          dhcp: [heardDhcp({messageType: 'REQUEST', serverId: '10.0.0.1', sourceIp: '0.0.0.0'})],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'an extender answers the DISCOVER too',
      snapshot: lanSnapshot(
        discoverWith([
          offer(),
          offer({from: '192.168.8.1', serverId: '192.168.8.1', yiaddr: '192.168.8.100', routers: ['192.168.8.1'], ms: 30}),
        ]),
      ),
      reports: [
        {
          title: /2 DHCP servers .*192\.168\.1\.1, 192\.168\.8\.1/,
          evidence: ['hands out 192.168.8.0/24 with gateway 192.168.8.1'],
          next: [/access point/, 'netdoc lan find 192.168.8.1'],
        },
      ],
    },
    {
      name: 'a second server heard answering another client',
      snapshot: lanSnapshot({
        listening: {
          devs: ['eth0'],
          ms: 3500,
          arp: [],
          dhcp: [heardDhcp({serverId: '10.0.0.138', sourceIp: '10.0.0.138', sourceMac: 'f4:f2:6d:00:00:01', yiaddr: '10.0.0.2'})],
        },
      }),
      reports: [{evidence: ['(MAC f4:f2:6d:00:00:01) hands out 10.0.0.0/24']}],
    },
  ],
})
