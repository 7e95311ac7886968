// lan.static-in-pool: a static address inside the DHCP pool, with a free address outside it proposed.
import rule from '../../../rules/lan/static-in-pool.js'
import {arpProbe, heardDhcp, lanSnapshot, offer} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const inPool = {addresses: [{dev: 'eth0', cidr: '192.168.1.120/24', dynamic: false, validSeconds: null}]}
const pool = {poolHints: [{first: '192.168.1.100', last: '192.168.1.199', source: 'given with --pool'}]}

testRule(rule, {
  valid: [
    {name: 'a static address below the pool', snapshot: lanSnapshot(pool)},
    {name: 'the pool is unknown and nothing was seen handed out near it', snapshot: lanSnapshot({...inPool, discover: null})},
    {
      name: 'the router offers this very address to this MAC: a reservation for it',
      snapshot: lanSnapshot({
        ...inPool,
        ...pool,
        discover: {
          dev: 'eth0',
          mac: '00:1b:21:aa:bb:01',
          source: '192.168.1.120',
          outcome: 'offers',
          reason: null,
          windowMs: 3500,
          offers: [offer({yiaddr: '192.168.1.120'})],
        },
      }),
    },
    {
      name: 'a DHCP address inside the pool is as it should be',
      snapshot: lanSnapshot({...pool, addresses: [{dev: 'eth0', cidr: '192.168.1.120/24', dynamic: true, validSeconds: 80000}]}),
    },
  ],
  invalid: [
    {
      name: 'no pool given: the offers to the sampling DISCOVERs span the static address, one of them offering it itself',
      snapshot: lanSnapshot({
        ...inPool,
        discover: {
          dev: 'eth0',
          mac: '00:1b:21:aa:bb:01',
          source: '192.168.1.120',
          outcome: 'offers',
          reason: null,
          windowMs: 3500,
          samples: 3,
          offers: [
            offer({yiaddr: '192.168.1.143'}),
            offer({yiaddr: '192.168.1.104', sample: true}),
            offer({yiaddr: '192.168.1.120', sample: true}),
            offer({yiaddr: '192.168.1.177', sample: true}),
          ],
        },
      }),
      reports: [
        {
          subject: '192.168.1.120',
          title: /The static address 192\.168\.1\.120 of eth0 is inside the DHCP pool/,
          evidence: [
            /DHCP hands out 192\.168\.1\.104 … 192\.168\.1\.177 .*3 of the offers to netdoc's sampling DISCOVERs/,
            /offered 192\.168\.1\.120 itself to one of netdoc's sampling DISCOVERs/,
          ],
        },
      ],
    },
    {
      name: 'the pool given with --pool holds the static address; a free address was checked',
      snapshot: lanSnapshot({...inPool, ...pool, freeChecks: [arpProbe('192.168.1.200')]}),
      reports: [
        {
          subject: '192.168.1.120',
          severity: 'warning',
          title: /is inside the DHCP pool/,
          evidence: ['the DHCP pool is 192.168.1.100–192.168.1.199 (given with --pool)'],
          next: [/192\.168\.1\.200, outside the pool \(checked free/, /reserve 192\.168\.1\.120 .* MAC 00:1b:21:aa:bb:01/],
        },
      ],
    },
    {
      name: 'the pool known only from offers around the address: probably inside, and no address proposed next to a span only seen',
      snapshot: lanSnapshot({
        ...inPool,
        listening: {devs: ['eth0'], ms: 3500, arp: [], dhcp: [heardDhcp({yiaddr: '192.168.1.140', clientMac: 'a4:83:e7:00:00:01'})]},
        discover: {
          dev: 'eth0',
          mac: '00:1b:21:aa:bb:01',
          source: '192.168.1.120',
          outcome: 'offers',
          reason: null,
          windowMs: 3500,
          offers: [offer({yiaddr: '192.168.1.105'})],
        },
      }),
      reports: [
        {title: /probably inside/, evidence: [/192\.168\.1\.105 … 192\.168\.1\.140/], next: [/Look up the pool .* --pool FIRST-LAST/]},
      ],
    },
    {
      name: 'a known pool, and no privilege to check the proposed address',
      snapshot: lanSnapshot({...inPool, ...pool, freeChecks: []}),
      reports: [{title: /is inside the DHCP pool/, next: [/192\.168\.1\.200, outside the pool \(not checked as free/]}],
    },
    {
      name: 'the address was just handed to another device',
      snapshot: lanSnapshot({
        ...inPool,
        discover: null,
        listening: {devs: ['eth0'], ms: 3500, arp: [], dhcp: [heardDhcp({yiaddr: '192.168.1.120'})]},
      }),
      reports: [{title: /handed to another device/, evidence: ['ACK 192.168.1.120 to a4:83:e7:11:22:33']}],
    },
  ],
})
