// internet.tls-intercepted: a well-known host's certificate comes from an issuer this machine does not trust, or names another host.
import rule from '../../../rules/internet/tls-intercepted.js'
import {healthyInternet, online, tlsResult} from '../../support/internet.js'
import {testRule} from '../../support/rule-tester.js'

const middlebox = {
  subject: 'CN=www.google.com',
  issuer: 'CN=Inspection CA, O=Some Middlebox',
  validFrom: '2026-12-01T00:00:00.000Z',
  validTo: '2027-12-01T00:00:00.000Z',
}

testRule(rule, {
  valid: [
    {name: 'the certificate is trusted', snapshot: online(healthyInternet())},
    {
      name: "a certificate rejected for its dates (the clock's verdict)",
      snapshot: online(healthyInternet({tls: [tlsResult({outcome: 'rejected', code: 'CERT_NOT_YET_VALID'})]})),
    },
    {name: 'no handshake at all', snapshot: online(healthyInternet({tls: [tlsResult({outcome: 'timeout', certificate: null})]}))},
  ],
  invalid: [
    {
      name: "a middlebox's CA",
      snapshot: online(
        healthyInternet({tls: [tlsResult({outcome: 'rejected', code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', certificate: middlebox})]}),
      ),
      reports: [
        {
          title: /issued by CN=Inspection CA, O=Some Middlebox/,
          evidence: [/UNABLE_TO_GET_ISSUER_CERT_LOCALLY/],
          subject: 'www.google.com',
          next: [/proxy, antivirus or company firewall/],
        },
      ],
    },
    {
      name: "a certificate for another name (a portal's own)",
      snapshot: online(
        healthyInternet({
          tls: [
            tlsResult({
              outcome: 'rejected',
              code: 'ERR_TLS_CERT_ALTNAME_INVALID',
              certificate: {...middlebox, subject: 'CN=portal.hotel.example'},
            }),
          ],
        }),
      ),
      reports: [{evidence: [/ERR_TLS_CERT_ALTNAME_INVALID; certificate CN=portal\.hotel\.example/]}],
    },
  ],
})
