// internet.clock-wrong: certificates are "not yet valid" or "expired" by this machine's clock.
import rule from '../../../rules/internet/clock-wrong.js'
import {healthyInternet, online, tlsResult} from '../../support/internet.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'the certificate is trusted', snapshot: online(healthyInternet())},
    {
      name: 'a certificate from another issuer',
      snapshot: online(healthyInternet({tls: [tlsResult({outcome: 'rejected', code: 'SELF_SIGNED_CERT_IN_CHAIN'})]})),
    },
  ],
  invalid: [
    {
      name: 'the clock is years behind (a flat CMOS battery)',
      snapshot: online(
        healthyInternet({clock: '2019-01-01T00:00:12.000Z', tls: [tlsResult({outcome: 'rejected', code: 'CERT_NOT_YET_VALID'})]}),
      ),
      reports: [
        {
          title: /clock says 2019-01-01T00:00:12\.000Z, and by it www\.google\.com's certificate is not yet valid/,
          evidence: [/valid from 2026-11-01T08:00:00\.000Z to 2027-01-24/],
          next: [/timedatectl set-ntp true/],
        },
      ],
    },
    {
      name: 'the clock is ahead',
      snapshot: online(
        healthyInternet({clock: '2031-05-01T00:00:00.000Z', tls: [tlsResult({outcome: 'rejected', code: 'CERT_HAS_EXPIRED'})]}),
      ),
      reports: [{title: /is expired/}],
    },
  ],
})
