// dns.search-hides: an earlier search domain answers a short name with a silent address, a later one with another.
import rule from '../../../rules/dns/search-hides.js'
import {dnsAnswer, office, pingFacts, pinged, resolved, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const wildcard = '192.168.1.77'
const completed = (later: string[], ping = pinged(wildcard, 'no-reply')) =>
  office(
    pingFacts('server', {
      address: wildcard,
      resolution: resolved('server', [
        dnsAnswer(ROUTER, 'server.corp.example', 'answered', [wildcard]),
        later.length > 0 ? dnsAnswer(ROUTER, 'server.lan', 'answered', later) : dnsAnswer(ROUTER, 'server.lan', 'nxdomain'),
        dnsAnswer(ROUTER, 'server', 'nxdomain'),
      ]),
      routes: [routeTo(wildcard)],
      ping,
    }),
  )

testRule(rule, {
  valid: [
    {name: 'the address of the first completion answers', snapshot: completed(['192.168.1.20'], pinged(wildcard, 'reply'))},
    {name: 'no later completion answers otherwise', snapshot: completed([])},
    {name: 'the later completion gives the same address', snapshot: completed([wildcard])},
  ],
  invalid: [
    {
      name: 'corp.example answers every name, hiding server.lan',
      snapshot: completed(['192.168.1.20']),
      reports: [
        {
          subject: wildcard,
          title:
            /server was completed to server\.corp\.example \(the search domain corp\.example\), which answers 192\.168\.1\.77, where nothing answers; server\.lan is 192\.168\.1\.20/,
          next: [/ping server\.lan/, /search list/],
        },
      ],
    },
  ],
})
