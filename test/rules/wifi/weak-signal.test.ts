// wifi.weak-signal: below -70 dBm a warning, below -80 dBm an error; 5 GHz is told to fall off faster through walls.
import rule from '../../../rules/wifi/weak-signal.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'good signal', snapshot: wifiSnapshot({link: link(5180, -61)})},
    {name: 'exactly -70 dBm', snapshot: wifiSnapshot({link: link(2412, -70)})},
    {name: 'a driver that says 0 dBm', snapshot: wifiSnapshot({link: link(2412, 0)})},
  ],
  invalid: [
    {
      name: 'weak on 2.4 GHz',
      snapshot: wifiSnapshot({link: link(2437, -75)}),
      reports: [{severity: 'warning', title: /-75 dBm on 2.4 GHz/, next: [/closer/]}],
    },
    {
      name: 'very weak on 5 GHz',
      snapshot: wifiSnapshot({link: link(5500, -84)}),
      reports: [{severity: 'error', next: [/falls off faster through walls/]}],
    },
    {
      name: 'weak in the station dump when the link has no signal line',
      snapshot: wifiSnapshot({
        link: 'Connected to 02:00:5e:00:53:01 (on wlan0)\n\tfreq: 2412\n',
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\tsignal: -79 dBm\n\tsignal avg: -78 dBm\n',
      }),
      reports: [{evidence: [/station dump \(signal avg\): signal -78 dBm/]}],
    },
  ],
})
