// lan.dns-silent: a DNS server that gives no answer at all.
import rule from '../../../rules/lan/dns-silent.js'
import {lanSnapshot, OFFICE_LAN} from '../../support/lan.js'
import {testRule} from '../../support/rule-tester.js'

const silent = (server: string, sources = ['/etc/resolv.conf']) => ({
  server,
  sources,
  answer: {server, name: 'netdoc-check.invalid', outcome: 'no-answer' as const, addresses: [], ms: 1001, code: 'ECANCELLED'},
})
const answering = (server: string, outcome: 'nxdomain' | 'refused') => ({
  server,
  sources: ['/etc/resolv.conf'],
  answer: {server, name: 'netdoc-check.invalid', outcome, addresses: [], ms: 4, code: null},
})

testRule(rule, {
  valid: [
    {name: 'the server says the name does not exist: it is alive', snapshot: lanSnapshot()},
    {name: 'a server that refuses still answers', snapshot: lanSnapshot({dns: [answering(OFFICE_LAN.router, 'refused')]})},
    {name: 'no DNS server known', snapshot: lanSnapshot({dns: []})},
  ],
  invalid: [
    {
      name: "the old router's DNS server in resolv.conf, nothing else",
      snapshot: lanSnapshot({dns: [silent('192.168.0.1')]}),
      reports: [
        {
          subject: '192.168.0.1',
          severity: 'error',
          evidence: ['gave no answer within 1.0 s', 'named by /etc/resolv.conf'],
          next: ['192.168.1.1 (what the router hands out)'],
        },
      ],
    },
    {
      name: 'one of two silent: a warning, names resolve slowly',
      snapshot: lanSnapshot({dns: [silent('192.168.1.53'), answering(OFFICE_LAN.router, 'nxdomain')]}),
      reports: [{severity: 'warning', evidence: ['192.168.1.1 did answer'], next: [/slowly/]}],
    },
    {
      name: 'the router hands out a dead DNS server',
      snapshot: lanSnapshot({dns: [silent('10.9.9.9', ['the DHCP offer of 192.168.1.1'])]}),
      reports: [{next: [/correct the DNS setting in the router/]}],
    },
  ],
})
