// nic.unplugged: the configured port has no cable and no wired port has link.
import rule from '../../../rules/nic/unplugged.js'
import {portsSnapshot, wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'the configured port has a cable', snapshot: portsSnapshot([wiredPort({addresses: ['192.168.0.5/24']})])},
    {
      name: 'another wired port has link (that is nic.cable-in-wrong-port)',
      snapshot: portsSnapshot([wiredPort({carrier: false, addresses: ['192.168.0.5/24']}), wiredPort({name: 'eth1'})]),
    },
    {name: 'an unconfigured spare port without cable', snapshot: portsSnapshot([wiredPort({carrier: false})])},
    {name: 'a switched-off port', snapshot: portsSnapshot([wiredPort({carrier: null, adminUp: false, addresses: ['192.168.0.5/24']})])},
  ],
  invalid: [
    {
      name: 'the only port, configured, without cable',
      snapshot: portsSnapshot([wiredPort({carrier: false, addresses: ['192.168.0.5/24']})]),
      reports: [
        {subject: 'eth0', severity: 'error', evidence: ['192.168.0.5/24 and reports carrier 0'], next: [/cable is firmly in eth0/]},
      ],
    },
    {
      name: 'a laptop whose Wi-Fi is up does not hide the unplugged wired port',
      snapshot: portsSnapshot([
        wiredPort({carrier: false, addresses: ['192.168.0.5/24']}),
        wiredPort({name: 'wlan0', wireless: true, addresses: ['192.168.0.6/24']}),
      ]),
      reports: [{subject: 'eth0'}],
    },
  ],
})
