// internet.https-blocked: the TLS handshake gets no answer while the internet answers ping, DNS and HTTP.
import rule from '../../../rules/internet/https-blocked.js'
import {healthyInternet, notResolved, online, tlsResult, upstream} from '../../support/internet.js'
import {testRule} from '../../support/rule-tester.js'

const dropped = tlsResult({outcome: 'timeout', certificate: null, ms: 1500})

testRule(rule, {
  valid: [
    {name: 'HTTPS is trusted', snapshot: online(healthyInternet())},
    {
      name: 'a certificate came back (another verdict)',
      snapshot: online(healthyInternet({tls: [tlsResult({outcome: 'rejected', code: 'CERT_HAS_EXPIRED'})]})),
    },
    {
      name: 'nothing answers at all (the line is down)',
      snapshot: online(healthyInternet({upstream: [upstream('1.1.1.1', 'silent')], ...notResolved(), tls: [dropped]})),
    },
    {name: 'the name did not resolve', snapshot: online(healthyInternet({tls: notResolved().tls}))},
  ],
  invalid: [
    {
      name: '443 dropped on the way',
      snapshot: online(
        healthyInternet({
          tls: [dropped],
          upstream: [
            upstream('1.1.1.1', 'answers', {
              tcp: [
                {port: 53, outcome: 'open', ms: 9, code: null},
                {port: 443, outcome: 'timeout', ms: 1500, code: null},
              ],
            }),
          ],
        }),
      ),
      reports: [
        {title: /HTTPS is blocked: www\.google\.com:443/, evidence: [/timeout after 1500 ms/, /TCP 443 timeout/], next: [/firewall/]},
      ],
    },
    {
      name: '443 refused',
      snapshot: online(healthyInternet({tls: [tlsResult({outcome: 'refused', code: 'ECONNREFUSED', certificate: null})]})),
      reports: [{evidence: [/refused \(ECONNREFUSED\)/]}],
    },
  ],
})
