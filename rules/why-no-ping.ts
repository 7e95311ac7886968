// The rules `netdoc why-no-ping` runs, causes before symptoms: their order (the verdict's precedence) is derived from the rules'
// dependsOn links, and where the links do not order two rules, the order they are listed in here, most specific first.
import {causalOrder} from '../src/engine/causal-graph.js'
import type {Rule} from '../src/engine/rule.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'
import hijacked from './dns/hijacked.js'
import hostsOverride from './dns/hosts-override.js'
import dnsNoAnswer from './dns/no-answer.js'
import refused from './dns/refused.js'
import searchHides from './dns/search-hides.js'
import serverFailure from './dns/server-failure.js'
import unresolved from './dns/unresolved.js'
import gatewayNoRoute from './gateway/no-route.js'
import gatewayUnreachable from './gateway/unreachable.js'
import noAddress from './local/no-address.js'
import noCarrier from './local/no-carrier.js'
import noRoute from './local/no-route.js'
import vpnDown from './local/vpn-down.js'
import notInstalled from './ping/not-installed.js'
import notPermitted from './ping/not-permitted.js'
import icmpBlocked from './target/icmp-blocked.js'
import ipConflict from './target/ip-conflict.js'
import noArpReply from './target/no-arp-reply.js'
import noReply from './target/no-reply.js'
import reachable from './target/reachable.js'
import wrongSubnet from './target/wrong-subnet.js'

/** whyNoPingRules are the rules in causal order: this machine's link, VPN, address and route; the gateway; DNS; the target (a
 * conflict, a wrong subnet, a router without a way, silence on ARP, a firewall); ping itself; "no answer beyond the gateway";
 * then the good news. The verdict is the first of them that reports. */
export const whyNoPingRules: Rule<Snapshot>[] = causalOrder([
  noCarrier,
  vpnDown,
  noAddress,
  noRoute,
  gatewayUnreachable,
  dnsNoAnswer,
  refused,
  serverFailure,
  unresolved,
  hostsOverride,
  searchHides,
  hijacked,
  ipConflict,
  wrongSubnet,
  gatewayNoRoute,
  noArpReply,
  icmpBlocked,
  notInstalled,
  notPermitted,
  noReply,
  reachable,
])
