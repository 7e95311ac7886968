// Rule: the kernel has no route to the target: no default gateway, and the target is on no local subnet.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import type {RouteProbe} from '../../src/capabilities/ping/facts.js'
import {defaultGateway} from '../../src/views/default-routes.js'
import {localSubnets, subnetsText} from '../../src/views/local-subnets.js'
import {pingReplied} from '../../src/views/ping-outcome.js'
import {describeRouteProbe, targetRoute} from '../../src/views/target-route.js'
import {unread} from '../../src/views/unread-facts.js'
import {heldAddresses} from '../../src/views/usable-ports.js'
import {addressOf, isIpv4} from '../../src/net/address.js'
import noAddress from './no-address.js'

function likelyRouter(cidr: string): string {
  const parts = addressOf(cidr).split('.').map(Number)
  parts[3] = (parts[3] ?? 0) + 1
  return parts.join('.')
}

/** noIpv6Route words a missing route to an IPv6 target: often the network carries no IPv6 at all, and the IPv4 fixes do not apply. */
function noIpv6Route(snapshot: Snapshot, address: string, evidence: string[]) {
  const held = heldAddresses(snapshot.nics, 'ipv6')
  evidence.push(
    held.length > 0
      ? `IPv6 addresses: ${held.join(', ')}; none covers ${address}, and there is no IPv6 default route`
      : 'this machine has no IPv6 address beyond the link (fe80::): this network gave it none',
  )
  return {
    title: `This machine has no IPv6 route to ${address}`,
    evidence,
    next: [
      `This network may not carry IPv6: use the IPv4 address of ${address}'s device, or its name, instead.`,
      'If it should carry IPv6, check that the router sends router advertisements: `ip -6 route` then shows a default route via fe80::….',
    ],
  }
}

/** noRoute reports an address (the target, or the DNS servers of an unresolved name) the kernel has no route to. */
export default defineRule<Snapshot>({
  id: 'local.no-route',
  title: 'No route to the target: no default gateway, and it is on no local subnet',
  severity: 'error',
  dependsOn: [noAddress],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts) return []
    if (pingReplied(facts)) return []
    const route = targetRoute(facts)
    const missing = (probe: RouteProbe) => probe.route === null && !probe.unknown
    const unrouted = route
      ? missing(route)
        ? [route]
        : []
      : facts.address === null && facts.routes.length > 0 && facts.routes.every(missing)
        ? facts.routes
        : []
    const pingSaysNoRoute = facts.ping?.outcome === 'unreachable' && /Network is unreachable/.test(facts.ping.line ?? '')
    if (unrouted.length === 0 && !pingSaysNoRoute) return []
    const evidence = unrouted.map(describeRouteProbe)
    if (pingSaysNoRoute) evidence.push(`ping: ${facts.ping!.line}`)
    if (facts.address !== null && !isIpv4(facts.address)) return [noIpv6Route(snapshot, facts.address, evidence)]
    const gateway = defaultGateway(snapshot.nics)
    const routesUnread = unread(snapshot, 'routes') || unread(snapshot, 'addresses')
    if (routesUnread)
      evidence.push("this machine's addresses and routes could not be read (see what was not checked), so only ping's own words show it")
    else {
      evidence.push(
        gateway ? `the default route goes via ${gateway.gateway} on ${gateway.dev}` : 'this machine has no default route (no gateway)',
      )
      evidence.push(
        `local subnets: ${subnetsText(snapshot.nics)}; ${unrouted.map(r => r.to).join(', ') || facts.target.input} is on none of them`,
      )
    }
    const subnet = localSubnets(snapshot.nics)[0]
    const next = routesUnread
      ? [
          'Install iproute2 (`ip`) so that the addresses and routes can be read, then run netdoc again.',
          'Meanwhile: `cat /proc/net/route` lists the routes (a default route has destination 00000000).',
        ]
      : subnet
        ? [
            `If the router is ${likelyRouter(subnet.cidr)}, add the missing default route: \`sudo ip route add default via ${likelyRouter(subnet.cidr)} dev ${subnet.dev}\`.`,
            "Make it permanent: set the gateway in the network configuration, or check that the router's DHCP hands out a router (option 3).",
          ]
        : ['Give this machine an address and a gateway first (see `netdoc nics`).']
    const what = facts.address === null ? `the DNS servers of ${facts.target.input}` : facts.target.input
    const title = routesUnread
      ? `This machine has no route to ${what}: the kernel says "Network is unreachable"`
      : `This machine has no route to ${what}: no default gateway, and it is on no local subnet`
    return [{title, evidence, next}]
  },
})
