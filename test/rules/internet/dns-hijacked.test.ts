// internet.dns-hijacked: public names answered with private addresses, or a made-up name answered instead of NXDOMAIN.
import rule from '../../../rules/internet/dns-hijacked.js'
import {DNS_SERVER, ENDPOINTS, healthyInternet, online} from '../../support/internet.js'
import {dnsAnswer} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const healthy = healthyInternet()
const withMadeUp = (addresses: string[]) => [
  ...healthy.dns.filter(answer => answer.name !== ENDPOINTS.madeUpName),
  dnsAnswer(DNS_SERVER, ENDPOINTS.madeUpName, 'answered', addresses),
]

testRule(rule, {
  valid: [
    {name: 'public names to public addresses, the made-up name denied', snapshot: online(healthy)},
    {
      name: "the documentation ranges count as public (the lab's internet)",
      snapshot: online(healthyInternet({dns: [dnsAnswer(DNS_SERVER, 'www.google.com', 'answered', ['203.0.113.43'])]})),
    },
    {
      name: 'the made-up name gets no answer at all',
      snapshot: online(healthyInternet({dns: [dnsAnswer(DNS_SERVER, ENDPOINTS.madeUpName, 'no-answer')]})),
    },
  ],
  invalid: [
    {
      name: 'NXDOMAIN hijacking: the made-up name answered',
      snapshot: online(healthyInternet({dns: withMadeUp(['81.2.69.142'])})),
      reports: [
        {
          title: /answers names that do not exist/,
          evidence: [/netdoc-nxdomain-check\.example\.com, a name that does not exist, with 81\.2\.69\.142/],
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a public name sent to a private address',
      snapshot: online(healthyInternet({dns: [dnsAnswer(DNS_SERVER, 'www.google.com', 'answered', ['192.168.1.1'])]})),
      reports: [
        {
          title: /sends public names to private addresses/,
          evidence: [/www\.google\.com with 192\.168\.1\.1: not a public address/],
          severity: 'error',
        },
      ],
    },
    {
      name: 'a blocking resolver answers 0.0.0.0',
      snapshot: online(healthyInternet({dns: [dnsAnswer(DNS_SERVER, 'connectivitycheck.gstatic.com', 'answered', ['0.0.0.0'])]})),
      reports: [{evidence: [/0\.0\.0\.0/]}],
    },
  ],
})
