// internet.upstream-down: the gateway answers, nothing beyond it does (ICMP and TCP to the anycast addresses fail).
import rule from '../../../rules/internet/upstream-down.js'
import {dnsAll, healthyInternet, notResolved, online, upstream} from '../../support/internet.js'
import {ROUTER, neighbour, pinged} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const silent = {upstream: [upstream('1.1.1.1', 'silent'), upstream('8.8.8.8', 'silent')], dns: dnsAll('no-answer'), ...notResolved()}

testRule(rule, {
  valid: [
    {name: 'the internet works', snapshot: online(healthyInternet())},
    {
      name: 'one anycast address answers TCP 53 only',
      snapshot: online(
        healthyInternet({
          ...silent,
          upstream: [upstream('1.1.1.1', 'silent', {tcp: [{port: 53, outcome: 'refused', ms: 20, code: 'ECONNREFUSED'}]})],
        }),
      ),
    },
    {
      name: "the gateway is silent too (no-gateway's case)",
      snapshot: online(
        healthyInternet({
          ...silent,
          gateway: {address: ROUTER, dev: 'eth0', ping: pinged(ROUTER, 'no-reply'), neighbour: neighbour(ROUTER, 'FAILED')},
        }),
      ),
    },
    {name: 'the anycast addresses were not probed in time', snapshot: online(healthyInternet({...silent, upstream: []}))},
  ],
  invalid: [
    {
      name: 'the line is down beyond an answering router',
      snapshot: online(healthyInternet(silent)),
      reports: [
        {
          title: /The router 192\.168\.1\.1 answers, but nothing beyond it does/,
          evidence: [/gateway 192\.168\.1\.1 answers ping/, /Cloudflare DNS 1\.1\.1\.1: ping no-reply.*TCP 53 timeout, TCP 443 timeout/],
          next: [/provider/],
        },
      ],
    },
    {
      name: 'as an unprivileged user: no ping, the gateway known by ARP, TCP silent',
      snapshot: online(
        healthyInternet({
          ...silent,
          gateway: {
            address: ROUTER,
            dev: 'eth0',
            ping: pinged(ROUTER, 'not-permitted'),
            neighbour: neighbour(ROUTER, 'REACHABLE', 'aa:bb:cc:dd:ee:01'),
          },
          upstream: [upstream('1.1.1.1', 'silent', {ping: pinged('1.1.1.1', 'not-permitted')})],
        }),
      ),
      reports: [{evidence: [/answers ARP \(aa:bb:cc:dd:ee:01\)/]}],
    },
  ],
})
