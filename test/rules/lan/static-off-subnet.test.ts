// lan.static-off-subnet: a static address on another subnet than the one the router hands out.
import rule from '../../../rules/lan/static-off-subnet.js'
import {heardDhcp, lanSnapshot, lease, offer} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const oldSubnet = {addresses: [{dev: 'eth0', cidr: '192.168.0.10/24', dynamic: false, validSeconds: null}]}

testRule(rule, {
  valid: [
    {name: 'the static address is on the router subnet', snapshot: lanSnapshot()},
    {name: 'the router is unknown (no offer, nothing heard, no lease)', snapshot: lanSnapshot({...oldSubnet, discover: null})},
    {
      name: 'an address from DHCP (it has a lifetime) is never called static',
      snapshot: lanSnapshot({addresses: [{dev: 'eth0', cidr: '192.168.0.10/24', dynamic: true, validSeconds: 3000}]}),
    },
    {
      name: 'an expired lease of the old subnet does not stand for the router',
      snapshot: lanSnapshot({...oldSubnet, discover: null, leases: [lease({expires: '2020-01-01T00:00:00.000Z'})]}),
    },
  ],
  invalid: [
    {
      name: 'a static address for the old router, the new one offering 192.168.1.0/24',
      snapshot: lanSnapshot(oldSubnet),
      reports: [
        {
          subject: '192.168.0.10',
          severity: 'error',
          title: /192\.168\.0\.10\/24 on 192\.168\.0\.0\/24, but the router hands out 192\.168\.1\.0\/24 \(gateway 192\.168\.1\.1\)/,
          evidence: ['never expires', "answered netdoc's DISCOVER", 'hands out 192.168.1.0/24'],
          next: [/DHCP, or give it/],
        },
      ],
    },
    {
      name: 'the router subnet heard from another client when the DISCOVER could not run',
      snapshot: lanSnapshot({...oldSubnet, discover: null, listening: {devs: ['eth0'], ms: 3500, arp: [], dhcp: [heardDhcp()]}}),
      reports: [{evidence: ['heard 192.168.1.1'], title: /192\.168\.1\.0\/24/}],
    },
    {
      name: 'the router subnet from a current lease of this port',
      snapshot: lanSnapshot({
        ...oldSubnet,
        discover: null,
        leases: [lease({dev: 'eth0', address: '10.0.0.40', subnetMask: '255.255.255.0', routers: ['10.0.0.1']})],
      }),
      reports: [{title: /10\.0\.0\.0\/24/, evidence: ['/var/lib/dhcp/dhclient.eth0.leases']}],
    },
    {
      name: 'a leftover second address beside a good one is a warning',
      snapshot: lanSnapshot({
        addresses: [
          {dev: 'eth0', cidr: '192.168.1.10/24', dynamic: false, validSeconds: null},
          {dev: 'eth0', cidr: '192.168.0.10/24', dynamic: false, validSeconds: null},
        ],
        discover: {
          dev: 'eth0',
          mac: '00:1b:21:aa:bb:01',
          source: '192.168.1.10',
          outcome: 'offers',
          reason: null,
          windowMs: 3500,
          offers: [offer()],
        },
      }),
      reports: [{subject: '192.168.0.10', severity: 'warning', next: ['sudo ip addr del 192.168.0.10/24 dev eth0']}],
    },
  ],
})
