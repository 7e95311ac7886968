// wifi.slow-link: sending below 15% of what the standard allows at the link's width and streams, with a real signal.
import rule from '../../../rules/wifi/slow-link.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

testRule(rule, {
  valid: [
    {name: 'ax near its best', snapshot: wifiSnapshot({link: link(5600, -61, '960.7 MBit/s 80MHz HE-MCS 9 HE-NSS 2 HE-GI 0 HE-DCM 0')})},
    {name: 'n at MCS 3 on one stream', snapshot: wifiSnapshot({link: link(2437, -62, '26.0 MBit/s MCS 3')})},
    {name: 'a driver reporting no signal and 1 MBit/s', snapshot: wifiSnapshot({link: link(5180, 0, '1.0 MBit/s')})},
    {
      name: 'a bare 7.2 MBit/s (brcmfmac prints HT MCS 0 so) names no standard: no best to compare with',
      snapshot: wifiSnapshot({link: link(5220, -51, '7.2 MBit/s')}),
    },
    {
      name: 'just joined: 1 MBit/s after 3 packets sent (rate control has not climbed yet)',
      snapshot: wifiSnapshot({link: `${link(2442, -35, '1.0 MBit/s')}\tTX: 387 bytes (3 packets)\n`}),
    },
    {
      name: 'the station dump counts too few packets sent',
      snapshot: wifiSnapshot({
        link: link(2437, -58, '6.5 MBit/s MCS 0'),
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\ttx packets:\t12\n\ttx retries:\t0\n',
      }),
    },
    {
      name: 'a legacy tx rate beside a VHT rx rate is a placeholder (wcn36xx)',
      snapshot: wifiSnapshot({
        link: `${link(5300, -27, '6.0 MBit/s')}\trx bitrate: 433.3 MBit/s VHT-MCS 9 80MHz short GI VHT-NSS 1\n\tTX: 35443 bytes (493 packets)\n`,
      }),
    },
    {
      name: 'an 802.11n tx rate beside an HE rx rate on 6 GHz is a placeholder (MT7921)',
      snapshot: wifiSnapshot({
        link: `${link(6115, -49, '6.5 MBit/s MCS 0')}\trx bitrate: 1080.6 MBit/s 80MHz HE-MCS 10 HE-NSS 2 HE-GI 0 HE-DCM 0\n\tTX: 114756 bytes (1073 packets)\n`,
      }),
    },
  ],
  invalid: [
    {
      name: 'ac at 80 MHz sending 29 Mbit/s',
      snapshot: wifiSnapshot({link: link(5180, -55, '29.3 MBit/s VHT-MCS 0 80MHz VHT-NSS 1')}),
      reports: [{title: /29.3 Mbit\/s, far below the 433.3 Mbit\/s Wi-Fi 5/}],
    },
    {
      name: 'legacy 1 Mbit/s after many packets: on 2.4 GHz the 5 GHz network is suggested',
      snapshot: wifiSnapshot({link: `${link(2412, -58, '1.0 MBit/s')}\tTX: 912345 bytes (4212 packets)\n`}),
      reports: [{title: /802.11a\/b\/g/, next: [/try the 5 GHz network, another channel/, /idle/]}],
    },
    {
      name: 'on 5 GHz no "try the 5 GHz network"',
      snapshot: wifiSnapshot({link: link(5180, -55, '29.3 MBit/s VHT-MCS 0 80MHz VHT-NSS 1')}),
      reports: [{next: [/^A rate this low with a good signal points at interference or an old standard: try another channel/, /idle/]}],
    },
    {
      name: 'the station counters show many retries: said as evidence',
      snapshot: wifiSnapshot({
        link: link(2437, -58, '6.5 MBit/s MCS 0'),
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\ttx packets:\t13502\n\ttx retries:\t2980\n\ttx failed:\t4\n',
      }),
      reports: [{evidence: [/tx retries 2980 of 13502 packets \(22%\), 4 failed: the air loses many frames/]}],
    },
    {
      name: 'a legacy tx rate beside a VHT rx rate with more retries than packets sent is rate control giving up, not a placeholder',
      snapshot: wifiSnapshot({
        link: `${link(5220, -60, '6.0 MBit/s')}\trx bitrate: 702.0 MBit/s VHT-MCS 8 80MHz VHT-NSS 2\n`,
        station: 'Station 02:00:5e:00:53:01 (on wlan0)\n\ttx packets:\t420905\n\ttx retries:\t425062\n\ttx failed:\t426693\n',
      }),
      reports: [{title: /sends at 6 Mbit\/s/, evidence: [/tx retries 425062 of 420905 packets \(101%\)/]}],
    },
  ],
})
