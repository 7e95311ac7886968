// Rule: IPv6 has a default route and no path: browsers try it first and hang, while IPv4 works.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describeUpstream, upstreamAnswered, upstreamSilent, upstreams} from '../../src/capabilities/internet/classify.js'
import noGateway from './no-gateway.js'
import portal from './portal.js'
import upstreamDown from './upstream-down.js'

/** ipv6Broken reports an IPv6 route to the internet over which nothing answers, while IPv4 does. */
export default defineRule<Snapshot>({
  id: 'internet.ipv6-broken',
  title: 'IPv6 has a default route but no path: sites that have IPv6 hang or load slowly',
  severity: 'error',
  dependsOn: [noGateway, portal, upstreamDown],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const route = facts.routes.find(probe => probe.to.includes(':') && probe.route !== null)
    const beyond6 = upstreams(facts, 'ipv6')
    if (!route?.route || beyond6.length === 0 || !beyond6.every(upstreamSilent)) return []
    if (!upstreams(facts, 'ipv4').some(upstreamAnswered)) return []
    const via = route.route.gateway ? ` via ${route.route.gateway}` : ''
    return [
      {
        title: `IPv6 has a route (dev ${route.route.dev}${via}) but nothing answers over it, while IPv4 works: browsers trying IPv6 first hang`,
        evidence: [
          `the kernel's route to ${route.to}: dev ${route.route.dev}${via}`,
          ...beyond6.map(describeUpstream),
          ...upstreams(facts, 'ipv4').filter(upstreamAnswered).slice(0, 1).map(describeUpstream),
        ],
        next: [
          'Restart the router; if IPv6 stays broken, turn IPv6 off in the router (its LAN side announces a route it cannot serve) or ask the provider.',
          `Meanwhile on this machine: \`sudo sysctl -w net.ipv6.conf.${route.route.dev}.disable_ipv6=1\` (until the next start).`,
        ],
      },
    ]
  },
})
