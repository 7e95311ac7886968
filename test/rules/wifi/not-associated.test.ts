// wifi.not-associated: the port is not connected; the log's last failure is named with its 802.11 code.
import rule from '../../../rules/wifi/not-associated.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'connected', snapshot: wifiSnapshot({link: link(2437, -60)})},
    {name: 'nothing known of the link', snapshot: wifiSnapshot({})},
  ],
  invalid: [
    {
      name: 'not connected, the journal read and without a failure',
      snapshot: wifiSnapshot({link: 'Not connected.\n', log: []}),
      reports: [{subject: 'wlan0', evidence: [/not connected/, /log of this boot \(journalctl\) holds no disconnect or refusal/]}],
    },
    {
      name: 'not connected, no log readable: no claim that it holds nothing',
      snapshot: wifiSnapshot({link: 'Not connected.\n'}),
      reports: [{subject: 'wlan0', evidence: [/not connected/, /could not be read, so the last failure is not known/]}],
    },
    {
      name: 'not connected after a 4-way handshake timeout',
      snapshot: wifiSnapshot({link: 'Not connected.\n', log: [disconnect(15)]}),
      reports: [{title: /reason 15 \(4-way handshake timeout/, next: [/password/]}],
    },
    {
      name: 'wpa_supplicant still scanning',
      snapshot: wifiSnapshot({wpa: 'wpa_state=SCANNING\n'}),
      reports: [{evidence: [/wpa_state=SCANNING/]}],
    },
  ],
})
