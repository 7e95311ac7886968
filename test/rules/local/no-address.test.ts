// local.no-address: a port with link but no usable IPv4 address, or only a self-assigned 169.254.x.x one.
import rule from '../../../rules/local/no-address.js'
import {office, officePort, pingFacts, routeTo} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const server = '192.168.1.20'
const noRoute = {routes: [routeTo(server, {error: 'Network is unreachable'})]}

testRule(rule, {
  valid: [
    {name: 'the port holds an address', snapshot: office(pingFacts(server, noRoute))},
    {
      name: 'the port without an address has no link (that is local.no-carrier)',
      snapshot: office(pingFacts(server), {ports: [officePort({carrier: false, addresses: []})]}),
    },
    {
      name: 'the target is itself a 169.254 address (a link-local device)',
      snapshot: office(pingFacts('169.254.10.2'), {ports: [officePort({addresses: ['169.254.33.4/16']})], routes: []}),
    },
    {name: 'an IPv6 target', snapshot: office(pingFacts('fe80::1'), {ports: [officePort({addresses: ['fe80::2/64']})], routes: []})},
  ],
  invalid: [
    {
      name: 'only a self-assigned address: DHCP got no answer',
      snapshot: office(pingFacts(server, noRoute), {ports: [officePort({addresses: ['169.254.23.7/16']})], routes: []}),
      reports: [{title: /self-assigned 169.254/, evidence: ['only the self-assigned address 169.254.23.7/16'], next: [/dhclient -v eth0/]}],
    },
    {
      name: 'no address at all',
      snapshot: office(pingFacts(server, noRoute), {ports: [officePort({addresses: []})], routes: []}),
      reports: [{title: /no IPv4 address on eth0/, evidence: ['eth0 has link but no IPv4 address']}],
    },
    {
      name: 'a name target whose DNS servers cannot be reached either',
      snapshot: office(pingFacts('nas.lan'), {ports: [officePort({addresses: ['169.254.23.7/16']})], routes: []}),
      reports: [{title: /cannot reach nas.lan/}],
    },
  ],
})
