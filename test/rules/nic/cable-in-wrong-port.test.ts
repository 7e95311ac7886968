// nic.cable-in-wrong-port: configuration on a port without cable while another port has one.
import rule from '../../../rules/nic/cable-in-wrong-port.js'
import {emptySnapshot} from '../../../src/snapshot/snapshot.js'
import {portsSnapshot, wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

const onboardDead = wiredPort({name: 'eno1', carrier: false, carrierUpCount: 0, speedMbps: null, addresses: ['192.168.1.10/24']})
const cardLinked = wiredPort({
  name: 'enp3s0',
  kind: 'card',
  busId: '0000:03:00.0',
  vendor: 'Realtek Semiconductor Co., Ltd.',
  model: 'RTL8111',
})
const defaultVia = (dev: string) => [{destination: 'default', gateway: '192.168.1.1', dev, linkdown: true}]

testRule(rule, {
  valid: [
    {
      name: 'the configured port has the cable',
      snapshot: portsSnapshot([wiredPort({addresses: ['192.168.1.10/24']}), wiredPort({name: 'eth1', carrier: false})]),
    },
    {
      name: 'no other port has a cable either (that is nic.unplugged)',
      snapshot: portsSnapshot([onboardDead, wiredPort({name: 'eth1', carrier: false})]),
    },
    {
      name: 'the port without cable holds no configuration',
      snapshot: portsSnapshot([wiredPort({name: 'eth1', carrier: false}), wiredPort({addresses: ['10.0.0.2/24']})]),
    },
    {
      name: 'only a link-local address on the port without cable',
      snapshot: portsSnapshot([wiredPort({name: 'eth1', carrier: false, addresses: ['169.254.3.4/16', 'fe80::1/64']}), cardLinked]),
    },
    {
      name: 'the other linked port is Wi-Fi, not a cable',
      snapshot: portsSnapshot([onboardDead, wiredPort({name: 'wlan0', wireless: true})]),
    },
    {
      name: 'carrier unknown (port switched off) is not "no cable"',
      snapshot: portsSnapshot([wiredPort({carrier: null, adminUp: false, addresses: ['192.168.1.10/24']}), cardLinked]),
    },
    {name: 'no ports section at all', snapshot: emptySnapshot()},
  ],
  invalid: [
    {
      name: 'the router-swap story: config on the dead onboard port, cable in the card',
      snapshot: portsSnapshot([onboardDead, cardLinked], defaultVia('eno1')),
      reports: [
        {
          subject: 'eno1',
          severity: 'error',
          title: /eno1 .*no cable.*enp3s0/,
          evidence: ['192.168.1.10/24 and the default route', /enp3s0 \(card, Realtek.*has a cable/, /not had link once since boot/],
          next: [/move the cable from enp3s0 to eno1/, 'ip addr add 192.168.1.10/24 dev enp3s0'],
        },
      ],
    },
    {
      name: 'only the default route names the port without cable',
      snapshot: portsSnapshot(
        [wiredPort({name: 'eth0', carrier: false, carrierUpCount: 4}), wiredPort({name: 'eth1'})],
        defaultVia('eth0'),
      ),
      reports: [{subject: 'eth0', evidence: ['holds the default route']}],
    },
    {
      name: 'a lab veth cable pulled at the switch',
      snapshot: portsSnapshot([
        wiredPort({name: 'eth0', virtualType: 'veth', kind: 'virtual', carrier: false, carrierUpCount: 1, addresses: ['192.168.77.10/24']}),
        wiredPort({name: 'eth1', virtualType: 'veth', kind: 'virtual'}),
      ]),
      reports: [{subject: 'eth0', next: [/Or move the configuration to eth1/]}],
    },
  ],
})
