// wifi.slow-link: sending below 15% of what the standard allows at the link's width and streams, with a real signal.
import rule from '../../../rules/wifi/slow-link.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'ax near its best', snapshot: wifiSnapshot({link: link(5600, -61, '960.7 MBit/s 80MHz HE-MCS 9 HE-NSS 2 HE-GI 0 HE-DCM 0')})},
    {name: 'n at MCS 3 on one stream', snapshot: wifiSnapshot({link: link(2437, -62, '26.0 MBit/s MCS 3')})},
    {name: 'a driver reporting no signal and 1 MBit/s', snapshot: wifiSnapshot({link: link(5180, 0, '1.0 MBit/s')})},
  ],
  invalid: [
    {
      name: 'ac at 80 MHz sending 29 Mbit/s',
      snapshot: wifiSnapshot({link: link(5180, -55, '29.3 MBit/s VHT-MCS 0 80MHz VHT-NSS 1')}),
      reports: [{title: /29.3 Mbit\/s, far below the 433.3 Mbit\/s Wi-Fi 5/}],
    },
    {name: 'legacy 1 Mbit/s', snapshot: wifiSnapshot({link: link(2412, -58, '1.0 MBit/s')}), reports: [{title: /802.11a\/b\/g/}]},
    {
      name: 'the station counters show many retries: said as evidence',
      snapshot: wifiSnapshot({
        link: link(2437, -58, '6.5 MBit/s MCS 0'),
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\ttx packets:\t13502\n\ttx retries:\t2980\n\ttx failed:\t4\n',
      }),
      reports: [{evidence: [/tx retries 2980 of 13502 packets \(22%\), 4 failed: the air loses many frames/]}],
    },
  ],
})
