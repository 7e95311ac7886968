// internet.mtu-blackhole: a DF-set ping of 1500 bytes vanishes while 1492 passes.
import rule from '../../../rules/internet/mtu-blackhole.js'
import {healthyInternet, mtuPings, online} from '../../support/internet.js'
import {pinged} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: '1500 bytes pass', snapshot: online(healthyInternet())},
    {name: 'nothing passes (ICMP dropped altogether, no MTU evidence)', snapshot: online(healthyInternet({mtu: mtuPings([1500, 1492])}))},
    {
      name: 'a router says "fragmentation needed" (path MTU discovery works)',
      snapshot: online(
        healthyInternet({
          mtu: [
            {size: 1500, ping: pinged('1.1.1.1', 'unreachable', {line: 'From 192.168.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1492)'})},
            mtuPings()[1]!,
          ],
        }),
      ),
    },
    {name: 'not probed', snapshot: online(healthyInternet({mtu: []}))},
  ],
  invalid: [
    {
      name: 'PPPoE black hole',
      snapshot: online(healthyInternet({mtu: mtuPings([1500])})),
      reports: [
        {title: /1500 bytes vanish .* while 1492 bytes pass.*set the MTU to 1492/, next: [/ip link set dev eth0 mtu 1492/, /MSS clamping/]},
      ],
    },
  ],
})
