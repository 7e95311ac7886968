// wifi.weak-signal: below -70 dBm a warning, below -80 dBm an error; 5 GHz is told to fall off faster through walls.
import rule from '../../../rules/wifi/weak-signal.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, procWireless, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'good signal', snapshot: wifiSnapshot({link: link(5180, -61)})},
    {name: 'exactly -70 dBm', snapshot: wifiSnapshot({link: link(2412, -70)})},
    {name: 'a driver that says 0 dBm', snapshot: wifiSnapshot({link: link(2412, 0)})},
    {
      name: 'a steady good signal over three readings',
      snapshot: wifiSnapshot({link: link(5180, -61), samples: [link(5180, -62), link(5180, -61)]}),
    },
    {name: 'an empty station dump is no association', snapshot: wifiSnapshot({station: ''})},
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
    {
      name: 'readings a second apart that fall: the trend is evidence, and what it means is said',
      snapshot: wifiSnapshot({link: link(2437, -71), samples: [link(2437, -74), link(2437, -78)]}),
      reports: [
        {evidence: ['3 readings of iw dev wlan0 link a second apart: -71 → -74 → -78 dBm, falling'], next: [/fell while netdoc read it/]},
      ],
    },
    {
      name: 'without iw (joined, by wpa_supplicant), /proc/net/wireless read a second apart: the signal and its fall come from there',
      snapshot: wifiSnapshot({
        wpa: 'wpa_state=COMPLETED\nfreq=2437\nkey_mgmt=WPA2-PSK\npairwise_cipher=CCMP\n',
        procWireless: procWireless(-72),
        wirelessSamples: [procWireless(-75), procWireless(-79)],
      }),
      reports: [
        {
          title: /weak \(-72 dBm on 2.4 GHz\)$/,
          evidence: [
            '/proc/net/wireless: signal -72 dBm (below -70 dBm rates fall and drops begin; below -80 dBm the link barely holds)',
            '3 readings of /proc/net/wireless a second apart: -72 → -75 → -79 dBm, falling',
          ],
        },
      ],
    },
    {
      name: 'many retries in the station counters are evidence too',
      snapshot: wifiSnapshot({
        link: link(2437, -76),
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\ttx packets:\t1000\n\ttx retries:\t250\n\ttx failed:\t9\n',
      }),
      reports: [{evidence: ['station counters: tx retries 250 of 1000 packets (25%), 9 failed']}],
    },
    {
      name: 'only a station dump: associated from it, and no band is claimed',
      snapshot: wifiSnapshot({station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\tsignal: -72 dBm\n'}),
      reports: [{title: /weak \(-72 dBm\)$/, evidence: [/station dump: signal -72 dBm/]}],
    },
  ],
})
