// internet.ipv6-broken: IPv6 has a default route, and nothing answers over it while IPv4 works.
import rule from '../../../rules/internet/ipv6-broken.js'
import {healthyInternet, online, upstream} from '../../support/internet.js'
import {testRule} from '../../support/rule-tester.js'

const v6 = '2606:4700:4700::1111'
const v6Route = {
  to: v6,
  route: {to: v6, dev: 'eth0', gateway: 'fe80::1', source: '2001:db8:1::10', kind: null, linkdown: false},
  error: null,
}
const v4 = healthyInternet()
const withV6 = (how: 'answers' | 'silent', routes = [v4.routes[0]!, v6Route]) =>
  online(healthyInternet({routes, upstream: [...v4.upstream, upstream(v6, how)]}))

testRule(rule, {
  valid: [
    {name: 'no IPv6 route: IPv6 is simply not used', snapshot: online(v4)},
    {name: 'IPv6 answers', snapshot: withV6('answers')},
    {
      name: 'IPv4 is down as well (another verdict)',
      snapshot: online(
        healthyInternet({routes: [v4.routes[0]!, v6Route], upstream: [upstream('1.1.1.1', 'silent'), upstream(v6, 'silent')]}),
      ),
    },
  ],
  invalid: [
    {
      name: 'a route via the router and no answer over it',
      snapshot: withV6('silent'),
      reports: [
        {
          title: /IPv6 has a route \(dev eth0 via fe80::1\) but nothing answers over it/,
          evidence: [/2606:4700:4700::1111: ping no-reply/],
          next: [/disable_ipv6/],
        },
      ],
    },
  ],
})
