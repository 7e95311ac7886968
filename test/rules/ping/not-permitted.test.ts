// ping.not-permitted: this user may not send ICMP echo; both fixes, and what the other probes still showed.
import rule from '../../../rules/ping/not-permitted.js'
import {knocked, office, pingFacts, pinged} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'
const nobody = {
  uid: 65534,
  gids: [65534],
  netRaw: false,
  groupRange: [1, 0] as [number, number],
  program: '/usr/bin/ping',
  capabilities: '',
  setuid: false,
}

testRule(rule, {
  valid: [
    {name: 'ping was sent', snapshot: office(pingFacts(server, {ping: pinged(server, 'no-reply')}))},
    {
      name: 'ping is missing (a different problem)',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'missing', {line: 'ping is not installed'})})),
    },
  ],
  invalid: [
    {
      name: 'a ping without its capability, and no ICMP group',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'not-permitted'), permission: nobody, tcp: knocked('refused')})),
      reports: [
        {
          title: /may not send ping/,
          evidence: [
            'ping: ping: socket: Operation not permitted',
            'uid 65534, without CAP_NET_RAW',
            '/usr/bin/ping has no file capabilities and is not set-uid root',
            'net.ipv4.ping_group_range is "1 0": no group may use',
            'the target is there all the same: 192.168.1.20 answered TCP',
          ],
          next: [
            'sudo setcap cap_net_raw+p /usr/bin/ping',
            'net.ipv4.ping_group_range="0 2147483647"',
            'sudo netdoc why-no-ping 192.168.1.20',
          ],
        },
      ],
    },
    {
      name: 'the binary has the capability but the process may not gain it (a container)',
      snapshot: office(
        pingFacts(server, {
          ping: pinged(server, 'not-permitted', {line: 'not permitted to run ping'}),
          permission: {...nobody, capabilities: 'cap_net_raw=ep'},
        }),
      ),
      reports: [{evidence: ['the file capabilities cap_net_raw=ep', 'this process may not gain it']}],
    },
    {
      name: 'a group range that leaves this user out',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'not-permitted'), permission: {...nobody, groupRange: [100, 200]}})),
      reports: [{evidence: ['"100 200", and none of this user\'s groups (65534) is in it']}],
    },
  ],
})
