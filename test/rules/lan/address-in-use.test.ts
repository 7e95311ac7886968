// lan.address-in-use: another MAC answers duplicate address detection for this machine's own address.
import rule from '../../../rules/lan/address-in-use.js'
import {arpProbe, lanSnapshot, OFFICE_LAN} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'nobody else answers arping -D', snapshot: lanSnapshot()},
    {name: 'duplicate detection could not run', snapshot: lanSnapshot({duplicates: []})},
    {
      name: 'only this machine itself is heard',
      snapshot: lanSnapshot({
        listening: {
          devs: ['eth0'],
          ms: 3500,
          arp: [{op: 'reply', senderMac: OFFICE_LAN.pcMac, senderIp: OFFICE_LAN.pc, targetIp: null, dev: 'eth0'}],
          dhcp: [],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a printer answers for this machine's address",
      snapshot: lanSnapshot({duplicates: [arpProbe(OFFICE_LAN.pc, {macs: ['30:05:5c:01:02:03']})]}),
      reports: [
        {
          subject: OFFICE_LAN.pc,
          title: /30:05:5c:01:02:03.*192\.168\.1\.10/,
          evidence: [/arping -D 192\.168\.1\.10 on eth0/, '00:1b:21:aa:bb:01'],
          next: ['netdoc lan find 30:05:5c:01:02:03'],
        },
      ],
    },
    {
      name: 'heard another MAC answer ARP for it while listening',
      snapshot: lanSnapshot({
        listening: {
          devs: ['eth0'],
          ms: 3500,
          arp: [{op: 'reply', senderMac: 'b8:27:eb:00:00:01', senderIp: OFFICE_LAN.pc, targetIp: null, dev: 'eth0'}],
          dhcp: [],
        },
      }),
      reports: [{evidence: ['heard b8:27:eb:00:00:01 answer ARP']}],
    },
  ],
})
