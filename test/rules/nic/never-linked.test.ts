// nic.never-linked: a switched-on wired port with no link since boot beside one that has had link.
import rule from '../../../rules/nic/never-linked.js'
import {runRules} from '../../../src/engine/run-rules.js'
import cableInWrongPort from '../../../rules/nic/cable-in-wrong-port.js'
import {describe, expect, it} from 'vitest'
import {portsSnapshot, wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

const dead = wiredPort({name: 'eno1', carrier: false, carrierUpCount: 0})

testRule(rule, {
  valid: [
    {name: 'every port has had link', snapshot: portsSnapshot([wiredPort(), wiredPort({name: 'eth1', carrier: false, carrierUpCount: 2})])},
    {
      name: 'no port has ever had link (nothing to compare with)',
      snapshot: portsSnapshot([dead, wiredPort({name: 'eth1', carrier: false, carrierUpCount: 0})]),
    },
    {
      name: 'the silent port is switched off',
      snapshot: portsSnapshot([wiredPort({name: 'eno1', adminUp: false, carrier: null, carrierUpCount: 0}), wiredPort({name: 'eth1'})]),
    },
    {
      name: 'the counter is unknown (older kernel)',
      snapshot: portsSnapshot([wiredPort({name: 'eno1', carrier: false, carrierUpCount: null}), wiredPort({name: 'eth1'})]),
    },
  ],
  invalid: [
    {
      name: 'a dead onboard port beside a working card',
      snapshot: portsSnapshot([dead, wiredPort({name: 'enp3s0', kind: 'card'})]),
      reports: [
        {
          subject: 'eno1',
          severity: 'warning',
          evidence: ['carrier_up_count 0', /enp3s0 \(card.*has had link/],
          next: [/use enp3s0 instead/],
        },
      ],
    },
  ],
})

describe('nic.never-linked beside nic.cable-in-wrong-port', () => {
  it('stays quiet for the port the root cause already names', () => {
    const snapshot = portsSnapshot([{...dead, addresses: ['192.168.1.10/24']}, wiredPort({name: 'enp3s0', kind: 'card'})])
    expect(runRules([cableInWrongPort, rule], snapshot).map(f => f.id)).toEqual(['nic.cable-in-wrong-port'])
  })
})
