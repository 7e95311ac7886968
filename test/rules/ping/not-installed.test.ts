// ping.not-installed: the ping program is missing, so ping fails before anything is sent.
import rule from '../../../rules/ping/not-installed.js'
import {arped, office, pingFacts, pinged} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'

testRule(rule, {
  valid: [
    {name: 'ping ran and was answered', snapshot: office(pingFacts(server, {ping: pinged(server, 'reply')}))},
    {name: 'ping was refused (ping.not-permitted)', snapshot: office(pingFacts(server, {ping: pinged(server, 'not-permitted')}))},
  ],
  invalid: [
    {
      name: 'no ping on PATH; the server answers ARP',
      snapshot: office(
        pingFacts(server, {ping: pinged(server, 'missing', {line: 'ping is not installed'}), arp: [arped(server, ['b8:27:eb:00:00:20'])]}),
      ),
      reports: [
        {
          title: /ping is not installed on this machine.*192\.168\.1\.20 itself is there/,
          evidence: ['ping: ping is not installed', /the target is there all the same: 192\.168\.1\.20 answered ARP/],
          next: [/apt-get install iputils-ping/],
        },
      ],
    },
  ],
})
