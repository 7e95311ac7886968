// wifi.insecure: open, WEP or TKIP-only, from wpa_cli status or the associated network's scan entry.
import rule from '../../../rules/wifi/insecure.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

const AP = '02:00:5e:00:53:01'

testRule(rule, {
  valid: [
    {name: 'WPA2 from wpa_cli', snapshot: wifiSnapshot({wpa: 'wpa_state=COMPLETED\nkey_mgmt=WPA2-PSK\npairwise_cipher=CCMP\n'})},
    {name: 'WPA2 from the scan', snapshot: wifiSnapshot({link: link(2412, -50), scan: bss(AP, 2412, -50)})},
    {
      name: 'an open network nearby, not the one joined',
      snapshot: wifiSnapshot({link: link(2412, -50), scan: bss(AP, 2412, -50) + bss('02:00:5e:00:54:09', 2412, -60, 'open')}),
    },
    {name: 'open but not connected', snapshot: wifiSnapshot({link: 'Not connected.\n', scan: bss(AP, 2412, -50, 'open')})},
  ],
  invalid: [
    {
      name: 'WEP from wpa_cli',
      snapshot: wifiSnapshot({wpa: 'wpa_state=COMPLETED\npairwise_cipher=WEP-40\ngroup_cipher=WEP-40\nkey_mgmt=NONE\n'}),
      reports: [{title: /WEP/, evidence: ['pairwise_cipher=WEP-40']}],
    },
    {
      name: 'open from wpa_cli',
      snapshot: wifiSnapshot({wpa: 'wpa_state=COMPLETED\nkey_mgmt=NONE\n'}),
      reports: [{title: /open/, next: [/https or a VPN/]}],
    },
    {
      name: 'open from the scan',
      snapshot: wifiSnapshot({link: link(2412, -50), scan: bss(AP, 2412, -50, 'open')}),
      reports: [{evidence: [/no Privacy bit/]}],
    },
    {
      name: 'WEP from the scan',
      snapshot: wifiSnapshot({link: link(2412, -50), scan: bss(AP, 2412, -50, 'wep')}),
      reports: [{title: /WEP/}],
    },
    {
      name: 'TKIP only from the scan',
      snapshot: wifiSnapshot({link: link(2412, -50), scan: bss(AP, 2412, -50, 'tkip')}),
      reports: [{title: /TKIP/}],
    },
  ],
})
