// wifi.ok: connected with a known, good signal; quiet whenever a problem of the port is reported.
import rule from '../../../rules/wifi/ok.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'weak signal', snapshot: wifiSnapshot({link: link(2437, -75)})},
    {name: 'signal not reported', snapshot: wifiSnapshot({link: link(2437, 0)})},
    {name: 'not connected', snapshot: wifiSnapshot({link: 'Not connected.\n'})},
  ],
  invalid: [
    {
      name: 'good 5 GHz link',
      snapshot: wifiSnapshot({link: link(5600, -61)}),
      reports: [{severity: 'info', title: /good signal \(-61 dBm, 5 GHz channel 120\)/, next: ['Nothing to do for the Wi-Fi.']}],
    },
    {
      name: 'a good link whose counters show many frames sent again: not "nothing to do"',
      snapshot: wifiSnapshot({
        link: link(5600, -61),
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\ttx packets:\t5000\n\ttx retries:\t900\n\ttx failed:\t3\n',
      }),
      reports: [
        {evidence: [/tx retries 900 of 5000 packets \(18%\), 3 failed/], next: [/frames sent again: something shares or disturbs the air/]},
      ],
    },
  ],
})
