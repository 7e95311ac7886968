// target.wrong-subnet: a silent private target outside every local subnet, found on this cable: set up for an old router.
import rule from '../../../rules/target/wrong-subnet.js'
import {arped, office, officeRoutes, pingFacts, pinged, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const stale = '192.168.0.10'
const staleMac = 'b8:27:eb:00:00:10'
const viaRouter = [routeTo(stale, {gateway: ROUTER})]
const heardAsking = {
  devs: ['eth0'],
  ms: 1200,
  sightings: [
    {op: 'request' as const, senderMac: staleMac, senderIp: stale, targetIp: '192.168.0.1', dev: 'eth0'},
    {op: 'request' as const, senderMac: staleMac, senderIp: stale, targetIp: '192.168.0.1', dev: 'eth0'},
  ],
}

testRule(rule, {
  valid: [
    {name: 'it answers ping', snapshot: office(pingFacts(stale, {routes: viaRouter, ping: pinged(stale, 'reply')}))},
    {
      name: 'nothing heard of it and the gateway itself is silent (that is gateway.unreachable)',
      snapshot: office(pingFacts(stale, {routes: viaRouter, ping: pinged(stale, 'no-reply'), arp: [arped(ROUTER), arped(stale)]})),
    },
    {
      name: 'silent everywhere, the gateway answering: nothing shows it is on this cable (it may be behind the router: target.no-reply)',
      snapshot: office(
        pingFacts(stale, {routes: viaRouter, ping: pinged(stale, 'no-reply'), arp: [arped(ROUTER, ['aa:bb:cc:00:00:01']), arped(stale)]}),
      ),
    },
    {
      name: 'the router answers ARP for it (proxy ARP): the answer is the router, not a device on this cable',
      snapshot: office(
        pingFacts(stale, {
          routes: viaRouter,
          ping: pinged(stale, 'no-reply'),
          arp: [arped(ROUTER, ['aa:bb:cc:00:00:01']), arped(stale, ['aa:bb:cc:00:00:01'])],
        }),
      ),
    },
    {
      name: 'a public address',
      snapshot: office(
        pingFacts('203.0.113.5', {routes: [routeTo('203.0.113.5', {gateway: ROUTER})], ping: pinged('203.0.113.5', 'no-reply')}),
      ),
    },
    {
      name: 'an address on the local subnet',
      snapshot: office(pingFacts('192.168.1.99', {routes: [routeTo('192.168.1.99')], ping: pinged('192.168.1.99', 'no-reply')})),
    },
    {
      name: 'reached through a specific route (a VPN), not the default gateway',
      snapshot: office(
        pingFacts('10.8.0.5', {routes: [routeTo('10.8.0.5', {gateway: '10.8.0.1', dev: 'tun0'})], ping: pinged('10.8.0.5', 'no-reply')}),
        {
          routes: [...officeRoutes(), {destination: '10.8.0.0/24', gateway: '10.8.0.1', dev: 'tun0', linkdown: false}],
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'it answers ARP on this cable and keeps asking for its old gateway',
      snapshot: office(
        pingFacts(stale, {
          routes: viaRouter,
          ping: pinged(stale, 'no-reply'),
          arp: [arped(ROUTER, ['aa:bb:cc:00:00:01']), arped(stale, [staleMac])],
          listening: heardAsking,
        }),
      ),
      reports: [
        {
          subject: stale,
          title:
            /192.168.0.10 is on this cable \(MAC b8:27:eb:00:00:10\) but configured for another subnet, 192.168.0.0\/24 with gateway 192.168.0.1/,
          evidence: [
            'outside every local subnet (192.168.1.0/24 on eth0)',
            'answered ARP on eth0 from b8:27:eb:00:00:10',
            'ask "who-has 192.168.0.1" 2 time(s)',
          ],
          next: [
            'an address on the current subnet 192.168.1.0/24',
            'gateway 192.168.1.1',
            '`sudo ip addr add 192.168.0.250/24 dev eth0`',
            '`sudo ip addr del 192.168.0.250/24 dev eth0`',
          ],
        },
      ],
    },
    {
      name: 'only the ARP answer (nothing heard while listening)',
      snapshot: office(pingFacts(stale, {routes: viaRouter, ping: pinged(stale, 'no-reply'), arp: [arped(stale, [staleMac])]})),
      reports: [{title: /on this cable .* 192.168.0.0\/24: probably/}],
    },
    {
      name: 'the temporary address avoids one already heard on the old subnet',
      snapshot: office(
        pingFacts(stale, {
          routes: viaRouter,
          ping: pinged(stale, 'no-reply'),
          listening: {
            devs: ['eth0'],
            ms: 1200,
            sightings: [
              ...heardAsking.sightings,
              {op: 'request', senderMac: 'aa:aa:aa:aa:aa:aa', senderIp: '192.168.0.250', targetIp: '192.168.0.1', dev: 'eth0'},
            ],
          },
        }),
      ),
      reports: [{next: ['sudo ip addr add 192.168.0.249/24 dev eth0']}],
    },
  ],
})
