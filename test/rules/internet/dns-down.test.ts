// internet.dns-down: no configured resolver answers the public names, while addresses beyond the router answer.
import rule from '../../../rules/internet/dns-down.js'
import {dnsAll, healthyInternet, notResolved, online, upstream} from '../../support/internet.js'
import {dnsAnswer} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const down = (overrides = {}) => online(healthyInternet({dns: dnsAll('no-answer'), ...notResolved(), ...overrides}))

testRule(rule, {
  valid: [
    {name: 'the resolver answers', snapshot: online(healthyInternet())},
    {
      name: "nothing beyond the router answers either (not DNS's fault)",
      snapshot: down({upstream: [upstream('1.1.1.1', 'silent'), upstream('8.8.8.8', 'silent')]}),
    },
    {
      name: 'one of two servers answers',
      snapshot: down({
        servers: ['192.168.1.1', '1.1.1.1'],
        dns: [...dnsAll('no-answer'), dnsAnswer('1.1.1.1', 'www.google.com', 'answered', ['142.250.1.99'])],
      }),
    },
    {
      name: 'resolv.conf could not be read',
      snapshot: {
        ...down({servers: []}),
        gaps: [{fact: 'DNS configuration', reason: '/etc/resolv.conf: permission denied', section: 'internet'}],
      },
    },
  ],
  invalid: [
    {
      name: 'the resolver is silent while 1.1.1.1 answers ping and DNS itself',
      snapshot: down(),
      reports: [
        {
          title: /DNS does not work: 192\.168\.1\.1 answers no name/,
          evidence: [/192\.168\.1\.1: no-answer/, /Cloudflare DNS 1\.1\.1\.1 answers ping/, /the public resolver 1\.1\.1\.1 answers/],
          next: [/1\.1\.1\.1/],
        },
      ],
    },
    {
      name: 'the resolver refuses (a router without upstream DNS)',
      snapshot: down({dns: dnsAll('refused')}),
      reports: [{evidence: [/refused/]}],
    },
    {name: 'no DNS server configured', snapshot: down({servers: [], dns: []}), reports: [{title: /No DNS server is configured/}]},
  ],
})
