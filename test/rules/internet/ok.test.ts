// internet.ok: DNS gives public addresses, both checks their documented answers, and HTTPS a trusted certificate.
import rule from '../../../rules/internet/ok.js'
import {ENDPOINTS, healthyInternet, httpAnswer, notResolved, online, tlsResult} from '../../support/internet.js'
import {DNS_SERVER} from '../../support/internet.js'
import {dnsAnswer} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {
      name: "a portal's redirect",
      snapshot: online(healthyInternet({http: [httpAnswer(ENDPOINTS.http[0]!.url, 302, {location: 'http://10.0.0.1/'})]})),
    },
    {
      name: 'no check gave its documented answer',
      snapshot: online(healthyInternet({http: [httpAnswer(ENDPOINTS.http[0]!.url, 0, {outcome: 'timeout', status: null})]})),
    },
    {
      name: 'one check answered, the other was caught by a portal',
      snapshot: online(
        healthyInternet({
          http: [httpAnswer(ENDPOINTS.http[0]!.url, 204), httpAnswer(ENDPOINTS.http[1]!.url, 302, {location: 'http://10.0.0.1/'})],
        }),
      ),
    },
    {name: 'HTTPS rejected', snapshot: online(healthyInternet({tls: [tlsResult({outcome: 'rejected', code: 'CERT_HAS_EXPIRED'})]}))},
    {name: 'names do not resolve', snapshot: online(healthyInternet({dns: [], ...notResolved()}))},
    {
      name: 'DNS answers with private addresses only',
      snapshot: online(healthyInternet({dns: [dnsAnswer(DNS_SERVER, 'www.google.com', 'answered', ['10.0.0.1'])]})),
    },
  ],
  invalid: [
    {
      name: "one check's own server is down while the other answers as documented",
      snapshot: online(
        healthyInternet({
          http: [httpAnswer(ENDPOINTS.http[0]!.url, 204), httpAnswer(ENDPOINTS.http[1]!.url, 0, {outcome: 'timeout', status: null})],
        }),
      ),
      reports: [{evidence: [/generate_204: 204, the documented answer/, /check_network_status\.txt: timeout, not the documented answer/]}],
    },
    {
      name: 'everything answers as documented',
      snapshot: online(healthyInternet()),
      reports: [
        {
          title: /The internet works/,
          evidence: [
            /DNS: 192\.168\.1\.1 answers/,
            /generate_204: 204, the documented answer/,
            /certificate trusted \(CN=WR2, O=Google Trust Services/,
          ],
          severity: 'info',
        },
      ],
    },
  ],
})
