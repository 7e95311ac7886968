// Which route the kernel takes to the why-no-ping target, which port that traffic (and all this machine's traffic) leaves by, in words.
import type {PingFacts, RouteProbe} from '../capabilities/ping/facts.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {defaultGateway, defaultRouteDevs} from './default-routes.js'
import {localSubnets} from './local-subnets.js'

/** targetRoute is the kernel's route to the probed address, when it was asked. */
export function targetRoute(facts: PingFacts): RouteProbe | null {
  return facts.address === null ? null : (facts.routes.find(route => route.to === facts.address) ?? null)
}

/** pathDev names the port the traffic leaves by: the target's route, else (name unresolved) a DNS server's route, else the default
 * route's, else (no route at all) the port holding an IPv4 address. */
export function pathDev(snapshot: Snapshot): string | null {
  const facts = snapshot.ping
  const routed = facts ? (targetRoute(facts) ?? facts.routes.find(route => route.route !== null) ?? null) : null
  return routed?.route?.dev ?? defaultGateway(snapshot.nics)?.dev ?? localSubnets(snapshot.nics)[0]?.dev ?? null
}

/** trafficPorts names the ports this machine's traffic leaves by: every default route's and, with why-no-ping's facts, the target's. */
export function trafficPorts(snapshot: Snapshot): Set<string> {
  const ports = defaultRouteDevs(snapshot.nics)
  const targetDev = snapshot.ping ? pathDev(snapshot) : null
  if (targetDev !== null) ports.add(targetDev)
  return ports
}

/** describeRouteProbe words the kernel's route choice, e.g. "ip route get 10.0.0.5: dev eth0 via 192.168.0.1". */
export function describeRouteProbe(probe: RouteProbe): string {
  if (probe.route === null) return `ip route get ${probe.to}: ${probe.error ?? 'no route'}`
  const route = probe.route
  return `ip route get ${probe.to}: dev ${route.dev}${route.gateway ? ` via ${route.gateway}` : ' (on the local subnet, no gateway)'}${route.linkdown ? ', linkdown' : ''}`
}
