// target.icmp-blocked: the target is there (ARP or a TCP port answered) but ignores echo requests.
import rule from '../../../rules/target/icmp-blocked.js'
import {arped, knocked, neighbour, office, pingFacts, pinged, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'
const mac = 'aa:bb:cc:00:00:20'

testRule(rule, {
  valid: [
    {name: 'it answers ping', snapshot: office(pingFacts(server, {ping: pinged(server, 'reply'), arp: [arped(server, [mac])]}))},
    {
      name: 'nothing proves it is there',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'no-reply'), arp: [arped(server)], tcp: knocked('timeout')})),
    },
    {
      name: 'two MACs answer (that is target.ip-conflict)',
      snapshot: office(pingFacts(server, {ping: pinged(server, 'no-reply'), arp: [arped(server, [mac, 'aa:bb:cc:00:00:21'])]})),
    },
    {name: 'ping was not permitted', snapshot: office(pingFacts(server, {ping: pinged(server, 'not-permitted'), tcp: knocked('refused')}))},
    {
      name: 'beyond the gateway, only an ARP answer from across subnets (a stale device, not a firewall)',
      snapshot: office(
        pingFacts('192.168.0.10', {
          routes: [routeTo('192.168.0.10', {gateway: ROUTER})],
          ping: pinged('192.168.0.10', 'no-reply'),
          arp: [arped('192.168.0.10', [mac])],
          tcp: knocked('timeout'),
        }),
      ),
    },
    {
      name: 'a stale REACHABLE entry does not count once arping was silent',
      snapshot: office(
        pingFacts(server, {ping: pinged(server, 'no-reply'), arp: [arped(server)], neighbours: [neighbour(server, 'REACHABLE', mac)]}),
      ),
    },
  ],
  invalid: [
    {
      name: 'ARP answered, TCP reset, ping silent: a firewall',
      snapshot: office(
        pingFacts(server, {
          routes: [routeTo(server)],
          ping: pinged(server, 'no-reply'),
          arp: [arped(server, [mac])],
          tcp: knocked('refused'),
        }),
      ),
      reports: [
        {
          subject: server,
          title: /is there but ignores ping/,
          evidence: [
            'answered ARP from aa:bb:cc:00:00:20',
            'TCP 22, 80, 443, 445 refused (a reset: the host is there)',
            '100% packet loss',
          ],
          next: [/Echo Request - ICMPv4-In/, /nc -vz 192.168.1.20/],
        },
      ],
    },
    {
      name: 'off-subnet, only a TCP port answered',
      snapshot: office(
        pingFacts('10.0.0.5', {
          routes: [routeTo('10.0.0.5', {gateway: ROUTER})],
          ping: pinged('10.0.0.5', 'no-reply'),
          tcp: knocked('timeout', {443: 'open'}),
        }),
      ),
      reports: [{evidence: ['TCP 443 open']}],
    },
    {
      name: 'unprivileged arping missing: a freshly confirmed neighbour entry is the proof',
      snapshot: office(
        pingFacts(server, {ping: pinged(server, 'no-reply'), neighbours: [neighbour(server, 'REACHABLE', mac)], tcp: knocked('timeout')}),
      ),
      reports: [{evidence: ['REACHABLE at aa:bb:cc:00:00:20']}],
    },
  ],
})
