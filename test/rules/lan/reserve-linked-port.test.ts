// lan.reserve-linked-port: with several wired ports, the reservation must use the MAC of the port with the link.
import rule from '../../../rules/lan/reserve-linked-port.js'
import {lanSnapshot, lease, OFFICE_LAN} from '../../support/lan.js'
import {wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

const card = wiredPort({
  name: 'eth1',
  kind: 'card',
  mac: OFFICE_LAN.pcMac,
  addresses: ['192.168.1.10/24'],
  model: 'RTL8111/8168/8411 PCI Express Gigabit Ethernet Controller',
})
const deadOnboard = wiredPort({name: 'eno1', kind: 'onboard', mac: '30:9c:23:1a:2b:3c', carrier: false})
const atEth1 = {dev: 'eth1', addresses: [{dev: 'eth1', cidr: '192.168.1.10/24', dynamic: false, validSeconds: null}]}

testRule(rule, {
  valid: [
    {name: 'one wired port', snapshot: lanSnapshot()},
    {
      name: 'the other ports are virtual (docker, veth)',
      snapshot: lanSnapshot(atEth1, [card, wiredPort({name: 'docker0', virtualType: 'bridge', mac: '02:42:00:00:00:01'})]),
    },
  ],
  invalid: [
    {
      name: 'the dead onboard port and the card that carries the link',
      snapshot: lanSnapshot(
        {...atEth1, leases: [lease({dev: 'eno1', address: '192.168.0.10', path: '/var/lib/dhcp/dhclient.eno1.leases'})]},
        [deadOnboard, card],
      ),
      reports: [
        {
          subject: 'eth1',
          severity: 'info',
          title: /eth1's MAC 00:1b:21:aa:bb:01, not for eno1's 30:9c:23:1a:2b:3c/,
          evidence: ['eno1 (onboard', 'no cable', 'dhclient.eno1.leases is an older lease of eno1'],
          next: [/use 00:1b:21:aa:bb:01 with 192\.168\.1\.10; delete a reservation that names 30:9c:23:1a:2b:3c/],
        },
      ],
    },
  ],
})
