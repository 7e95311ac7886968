// lan.gateway-silent: the default gateway answers neither ARP nor ping.
import rule from '../../../rules/lan/gateway-silent.js'
import {arpProbe, lanSnapshot, OFFICE_LAN, pingProbe} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const silent = {gateway: OFFICE_LAN.router, dev: 'eth0', arp: arpProbe(OFFICE_LAN.router), ping: pingProbe(OFFICE_LAN.router, false)}

testRule(rule, {
  valid: [
    {name: 'the gateway answers', snapshot: lanSnapshot()},
    {
      name: 'it ignores ping but answers ARP',
      snapshot: lanSnapshot({gateway: {...silent, arp: arpProbe(OFFICE_LAN.router, {macs: [OFFICE_LAN.routerMac]})}}),
    },
    {
      name: 'nothing could be asked (no root, ping not permitted)',
      snapshot: lanSnapshot({gateway: {...silent, arp: null, ping: {...pingProbe(OFFICE_LAN.router, false), outcome: 'not-permitted'}}}),
    },
    {name: 'no gateway', snapshot: lanSnapshot({gateway: null})},
  ],
  invalid: [
    {
      name: 'silent to arping and ping',
      snapshot: lanSnapshot({gateway: silent}),
      reports: [{subject: OFFICE_LAN.router, evidence: ['arping 192.168.1.1 on eth0', 'ping 192.168.1.1'], next: [/switched on/]}],
    },
    {
      name: 'silent, and DHCP names another router',
      snapshot: lanSnapshot({
        gateway: {...silent, gateway: '192.168.1.254', arp: arpProbe('192.168.1.254'), ping: pingProbe('192.168.1.254', false)},
      }),
      reports: [{evidence: ['names 192.168.1.1 as the router'], next: ['sudo ip route replace default via 192.168.1.1 dev eth0']}],
    },
    {
      name: 'unprivileged: ping alone is silent',
      snapshot: lanSnapshot({gateway: {...silent, arp: null}}),
      reports: [{evidence: ['ping 192.168.1.1']}],
    },
  ],
})
