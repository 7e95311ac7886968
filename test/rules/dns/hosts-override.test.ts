// dns.hosts-override: /etc/hosts sends the name to a silent address while DNS gives another.
import rule from '../../../rules/dns/hosts-override.js'
import {arped, dnsAnswer, office, pingFacts, pinged, resolved, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const stale = '192.168.1.77'
const hostsSays = (dnsAddresses: string[], ping = pinged(stale, 'no-reply')) =>
  office(
    pingFacts('nas.lan', {
      address: stale,
      resolution: resolved(
        'nas.lan',
        dnsAddresses.length > 0 ? [dnsAnswer(ROUTER, 'nas.lan', 'answered', dnsAddresses)] : [dnsAnswer(ROUTER, 'nas.lan', 'nxdomain')],
        {source: 'hosts', addresses: [stale]},
      ),
      routes: [routeTo(stale)],
      ping,
      arp: [arped(stale)],
    }),
  )

testRule(rule, {
  valid: [
    {name: 'the hosts address answers', snapshot: hostsSays(['192.168.1.20'], pinged(stale, 'reply'))},
    {name: 'DNS gives the same address', snapshot: hostsSays([stale])},
    {name: 'DNS does not know the name', snapshot: hostsSays([])},
  ],
  invalid: [
    {
      name: 'an old hosts line, DNS knows the new address',
      snapshot: hostsSays(['192.168.1.20']),
      reports: [
        {
          subject: stale,
          title: /\/etc\/hosts sends nas\.lan to 192\.168\.1\.77, where nothing answers; DNS says nas\.lan is 192\.168\.1\.20/,
          evidence: [/\/etc\/hosts gives nas\.lan the address 192\.168\.1\.77/, '192.168.1.1 answers nas.lan with 192.168.1.20'],
          next: [/\/etc\/hosts/],
        },
      ],
    },
  ],
})
