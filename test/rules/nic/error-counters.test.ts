// nic.error-counters: many receive/transmit errors relative to traffic.
import rule, {MIN_ERRORS} from '../../../rules/nic/error-counters.js'
import {portsSnapshot, wiredPort} from '../../support/ports.js'
import {testRule} from '../../support/rule-tester.js'

const counters = (rxErrors: number, txErrors: number, packets: number, rxCrcErrors = 0) => ({
  rxPackets: packets,
  txPackets: 0,
  rxErrors,
  txErrors,
  rxCrcErrors,
})

testRule(rule, {
  valid: [
    {name: 'no errors', snapshot: portsSnapshot([wiredPort()])},
    {name: 'a few errors on a busy port', snapshot: portsSnapshot([wiredPort({counters: counters(MIN_ERRORS, 0, 10_000_000)})])},
    {name: 'a high rate but too few errors to matter', snapshot: portsSnapshot([wiredPort({counters: counters(3, 0, 10)})])},
    {name: 'counters unknown', snapshot: portsSnapshot([wiredPort({counters: null})])},
    {
      name: 'software ports are not cable faults',
      snapshot: portsSnapshot([wiredPort({virtualType: 'bridge', kind: 'virtual', counters: counters(500, 0, 1000)})]),
    },
  ],
  invalid: [
    {
      name: 'CRC errors from a bad cable',
      snapshot: portsSnapshot([wiredPort({counters: counters(1200, 0, 100_000, 1150)})]),
      reports: [
        {
          subject: 'eth0',
          title: /eth0 has many transmission errors \(1\.20% of packets\)/,
          evidence: ['1200 receive errors (1150 CRC)'],
          next: ['ethtool -S eth0'],
        },
      ],
    },
    {
      name: 'transmit errors count too',
      snapshot: portsSnapshot([wiredPort({counters: counters(0, 400, 20_000)})]),
      reports: [{evidence: ['400 transmit errors']}],
    },
  ],
})
