// wifi.crowded-channel: four or more other radios on (or, at 2.4 GHz, overlapping) the channel; a freer one is named.
import rule from '../../../rules/wifi/crowded-channel.js'
import {testRule} from '../../support/rule-tester.js'
import {bss, disconnect, link, wifiSnapshot} from '../../support/wifi.js'

const AP = '02:00:5e:00:53:01'
const others = (freq: number, count: number, from = 10) =>
  Array.from({length: count}, (_, index) => bss(`02:11:22:33:${(from + index).toString(16).padStart(2, '0')}:00`, freq, -60)).join('')

testRule(rule, {
  valid: [
    {name: 'three others on channel 6', snapshot: wifiSnapshot({link: link(2437, -50), scan: bss(AP, 2437, -50) + others(2437, 3)})},
    {name: 'many on channel 1, none on 6', snapshot: wifiSnapshot({link: link(2437, -50), scan: others(2412, 6)})},
    {
      name: 'one radio with four networks counts once',
      snapshot: wifiSnapshot({
        link: link(2437, -50),
        scan: ['00', '01', '02', '03'].map(end => bss(`02:99:88:77:66:${end}`, 2437, -55)).join(''),
      }),
    },
    {
      name: 'others too faint to matter',
      snapshot: wifiSnapshot({link: link(2437, -50), scan: others(2437, 6).replaceAll('-60.00', '-90.00')}),
    },
    {name: 'no scan', snapshot: wifiSnapshot({link: link(2437, -50)})},
  ],
  invalid: [
    {
      name: 'five others on channel 6, channel 11 free',
      snapshot: wifiSnapshot({link: link(2437, -50), scan: bss(AP, 2437, -50) + others(2437, 5) + others(2412, 2, 40)}),
      reports: [{title: /5 other networks share channel 6 \(2.4 GHz\); channel 11 has 0/, next: [/channel to 11/]}],
    },
    {
      name: "dual-band access points: each one's 5 GHz network, listed first, does not hide its 2.4 GHz radio",
      snapshot: wifiSnapshot({
        link: link(2437, -50),
        scan: ['10', '11', '12', '13']
          .map(radio => bss(`02:11:22:33:${radio}:01`, 5180, -60) + bss(`02:11:22:33:${radio}:00`, 2437, -60))
          .join(''),
      }),
      reports: [{title: /4 other networks share channel 6 \(2.4 GHz\)/}],
    },
    {
      name: 'channel 3 overlaps 1 and 6',
      snapshot: wifiSnapshot({link: link(2422, -50), scan: others(2412, 2) + others(2437, 2, 20) + others(2462, 1, 30)}),
      reports: [{title: /share channel 3/, evidence: [/overlap unless 1, 6 or 11/]}],
    },
    {
      name: 'crowded 5 GHz channel 36',
      snapshot: wifiSnapshot({link: link(5180, -50), scan: others(5180, 4) + others(5745, 1, 50)}),
      reports: [{title: /channel 149 has 1/}],
    },
  ],
})
