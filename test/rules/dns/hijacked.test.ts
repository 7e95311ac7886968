// dns.hijacked: a public name and a made-up name beside it both answered with a private address; and why-no-ping's verdict is
// then this, not target.reachable (the portal answered ping, not the target).
import {describe, expect, it} from 'vitest'
import rule from '../../../rules/dns/hijacked.js'
import {whyNoPingReport} from '../../../src/capabilities/ping/report.js'
import {dnsAnswer, office, pingFacts, pinged, resolved, routeTo, ROUTER} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const portal = '192.168.1.1'
const madeUp = 'netdoc-check-1a2b3c4d.example.com'
const lookedUp = (name: string, addresses: string[], madeUpAnswer: ReturnType<typeof dnsAnswer> | null) =>
  office(
    pingFacts(name, {
      address: addresses[0] ?? null,
      resolution: resolved(name, [dnsAnswer(ROUTER, name, 'answered', addresses)], madeUpAnswer ? {madeUp: [madeUpAnswer]} : {}),
      routes: [routeTo(addresses[0] ?? portal)],
      ping: pinged(addresses[0] ?? portal, 'reply'),
    }),
  )
const portalCase = lookedUp('example.com', [portal], dnsAnswer(ROUTER, madeUp, 'answered', [portal]))

testRule(rule, {
  valid: [
    {name: 'a public address, as DNS gives', snapshot: lookedUp('example.com', ['93.184.215.14'], null)},
    {
      name: "the network's own DNS for its own domain: the made-up name is NXDOMAIN",
      snapshot: lookedUp('nas.example.org', ['192.168.1.20'], dnsAnswer(ROUTER, 'netdoc-check-1.example.org', 'nxdomain')),
    },
    {
      name: 'a LAN name (.lan) at a private address',
      snapshot: lookedUp('nas.lan', ['192.168.1.20'], dnsAnswer(ROUTER, 'netdoc-check-1.nas.lan', 'answered', ['192.168.1.20'])),
    },
    {name: 'no made-up name was asked (an older snapshot)', snapshot: lookedUp('example.com', [portal], null)},
  ],
  invalid: [
    {
      name: 'a captive portal answers every name with itself',
      snapshot: portalCase,
      reports: [
        {
          subject: 'example.com',
          title:
            /answers example\.com with 192\.168\.1\.1, a private address, and a made-up name with 192\.168\.1\.1: it answers every name/,
          evidence: [
            /answers example\.com with 192\.168\.1\.1, an address on a private network/,
            /also answers netdoc-check-1a2b3c4d\.example\.com, a name nobody registered/,
            /ping 192\.168\.1\.1/,
          ],
          next: [/captive portal/, /netdoc internet/, /rewrites names/],
        },
      ],
    },
  ],
})

describe('why-no-ping through a captive portal', () => {
  it('gives dns.hijacked as the verdict, not target.reachable', () => {
    const report = whyNoPingReport(portalCase)
    expect(report.verdict.id).toBe('dns.hijacked')
    expect(report.findings.map(finding => finding.id)).not.toContain('target.reachable')
  })
})
