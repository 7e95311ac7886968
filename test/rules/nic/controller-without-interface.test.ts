// nic.controller-without-interface: a PCI network controller with no driver, hence no interface.
import rule from '../../../rules/nic/controller-without-interface.js'
import {portsSnapshot, wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

const unbound = wiredPort({
  name: null,
  driver: null,
  carrier: null,
  adminUp: null,
  busId: '0000:02:00.0',
  vendor: 'Realtek Semiconductor Co., Ltd.',
  model: 'RTL8111/8168/8411',
})

testRule(rule, {
  valid: [
    {name: 'every controller has an interface', snapshot: portsSnapshot([wiredPort(), wiredPort({name: 'eth1', busId: '0000:03:00.0'})])},
    {name: 'no ports at all', snapshot: portsSnapshot([])},
  ],
  invalid: [
    {
      name: 'an onboard controller with no driver',
      snapshot: portsSnapshot([unbound, wiredPort({name: 'enp4s0', kind: 'card'})]),
      reports: [
        {
          subject: '0000:02:00.0',
          title: 'The onboard network controller at 0000:02:00.0 has no network interface',
          evidence: [/Realtek/, 'no driver is bound'],
          next: ['dmesg | grep -i 02:00.0', 'lspci -nnk -s 0000:02:00.0', /use an add-in card/],
        },
      ],
    },
    {
      name: 'a card with no driver',
      snapshot: portsSnapshot([{...unbound, kind: 'card', busId: '0000:05:00.0'}]),
      reports: [{subject: '0000:05:00.0', title: /^The network controller at 0000:05:00.0/, next: [/Reseat the card/]}],
    },
  ],
})
