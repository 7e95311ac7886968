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
      reports: [{severity: 'info', title: /good signal \(-61 dBm, 5 GHz channel 120\)/}],
    },
  ],
})
