// wifi.roaming-drops: three or more disconnects this boot, the most common reason named with its 802.11 code and advice.
import rule from '../../../rules/wifi/roaming-drops.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'no history', snapshot: wifiSnapshot({link: link(5180, -50)})},
    {name: 'two disconnects', snapshot: wifiSnapshot({log: [disconnect(3), disconnect(3)]})},
    {name: 'disconnects of another port', snapshot: wifiSnapshot({log: [1, 2, 3].map(() => disconnect(16).replace('wlan0:', 'wlan1:'))})},
  ],
  invalid: [
    {
      name: 'hourly reason 16',
      snapshot: wifiSnapshot({log: [disconnect(16), disconnect(6), disconnect(16), disconnect(16)]}),
      reports: [
        {
          title: /4 times this boot, mostly reason 16 \(group key handshake timeout/,
          evidence: ['3× reason 16'],
          next: [/set power_save off/],
        },
      ],
    },
    {
      name: 'inactivity drops between two access points',
      snapshot: wifiSnapshot({log: [disconnect(4), disconnect(4, '02:00:5e:00:53:02'), disconnect(4)]}),
      reports: [
        {title: /reason 4 \(disconnected for inactivity/, evidence: ['2 access points involved'], next: [/same security settings/]},
      ],
    },
  ],
})
