// The rules `netdoc internet` runs, causes before symptoms: their order (the verdict's precedence) comes from the rules' dependsOn
// links, and where the links do not order two rules, from the order they are listed in here.
import {causalOrder} from '../../src/engine/causal-graph.js'
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import clockWrong from './clock-wrong.js'
import dnsDown from './dns-down.js'
import dnsHijacked from './dns-hijacked.js'
import httpsBlocked from './https-blocked.js'
import ipv6Broken from './ipv6-broken.js'
import mtuBlackhole from './mtu-blackhole.js'
import noGateway from './no-gateway.js'
import ok from './ok.js'
import portal from './portal.js'
import tlsIntercepted from './tls-intercepted.js'
import upstreamDown from './upstream-down.js'

/** internetRules walk the path outward: this machine and its gateway, a portal, DNS, the line beyond the router, HTTPS (blocked,
 * the clock, interception), IPv6, the MTU; then the good news. The verdict is the first of them that reports. */
export const internetRules: Rule<Snapshot>[] = causalOrder([
  noGateway,
  portal,
  dnsDown,
  dnsHijacked,
  upstreamDown,
  httpsBlocked,
  clockWrong,
  tlsIntercepted,
  ipv6Broken,
  mtuBlackhole,
  ok,
])
