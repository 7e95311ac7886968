// nic.slow-link: a gigabit-capable port linked at 10 or 100 Mb/s.
import rule from '../../../rules/nic/slow-link.js'
import {portsSnapshot, wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'a gigabit port at 1000 Mb/s', snapshot: portsSnapshot([wiredPort()])},
    {name: 'a Fast Ethernet chip at its own 100 Mb/s', snapshot: portsSnapshot([wiredPort({speedMbps: 100, maxSpeedMbps: 100})])},
    {name: 'top speed unknown', snapshot: portsSnapshot([wiredPort({speedMbps: 100, maxSpeedMbps: null})])},
    {name: 'no link at all', snapshot: portsSnapshot([wiredPort({carrier: false, speedMbps: null})])},
    {name: 'Wi-Fi rates are not cable faults', snapshot: portsSnapshot([wiredPort({wireless: true, speedMbps: 100})])},
  ],
  invalid: [
    {
      name: 'a gigabit port at 100 Mb/s',
      snapshot: portsSnapshot([wiredPort({speedMbps: 100})]),
      reports: [
        {
          subject: 'eth0',
          title: 'eth0 runs at 100 Mb/s though it can do 1000 Mb/s',
          evidence: ['link at 100 Mb/s full duplex'],
          next: [/four pairs/, 'ethtool eth0'],
        },
      ],
    },
    {
      name: 'a 2.5G port at 10 Mb/s',
      snapshot: portsSnapshot([wiredPort({name: 'enp5s0', speedMbps: 10, maxSpeedMbps: 2500, duplex: 'half'})]),
      reports: [{subject: 'enp5s0', evidence: ['10 Mb/s half duplex, supports 2500 Mb/s']}],
    },
  ],
})
