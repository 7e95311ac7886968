// wifi.blocked: an rfkill switch of type wlan blocks the radio, by a switch (hard) or software (soft).
import rule from '../../../rules/wifi/blocked.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

const wlan = (soft: boolean, hard: boolean) => [{name: 'phy0', type: 'wlan', soft, hard}]

testRule(rule, {
  valid: [
    {name: 'radio on', snapshot: wifiSnapshot({link: link(5180, -50), rfkill: wlan(false, false)})},
    {name: 'only Bluetooth blocked', snapshot: wifiSnapshot({rfkill: [{name: 'hci0', type: 'bluetooth', soft: true, hard: true}]})},
  ],
  invalid: [
    {
      name: 'hard block',
      snapshot: wifiSnapshot({link: 'Not connected.\n', rfkill: wlan(false, true)}),
      reports: [{subject: 'wlan0', title: /hardware switch/, next: [/Fn key/]}],
    },
    {
      name: 'soft block',
      snapshot: wifiSnapshot({rfkill: wlan(true, false)}),
      reports: [{title: /software/, next: ['rfkill unblock wifi']}],
    },
  ],
})
