// The rules `netdoc why-no-ping` runs, in verdict precedence: the most specific root cause first, cause before symptom.
import type {Rule} from '../src/engine/rule.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'
import {dnsRules} from './dns/index.js'
import {gatewayRules} from './gateway/index.js'
import {localRules} from './local/index.js'
import {pingRules} from './ping/index.js'
import {targetRules} from './target/index.js'

function byId(id: string): Rule<Snapshot> {
  const rule = [...localRules, ...dnsRules, ...gatewayRules, ...targetRules, ...pingRules].find(r => r.id === id)
  if (!rule) throw new Error(`why-no-ping precedence names an unknown rule ${id}`)
  return rule
}

/** VERDICT_PRECEDENCE orders the root causes: this machine's link, address and route; then the gateway; then DNS; then the target
 * (a conflict, a wrong subnet, silence on ARP, a firewall); then a refused ping; then "no answer, nothing closer"; then the good news. */
export const VERDICT_PRECEDENCE = [
  'local.no-carrier',
  'local.vpn-down',
  'local.no-address',
  'local.no-route',
  'gateway.unreachable',
  'dns.no-answer',
  'dns.refused',
  'dns.server-failure',
  'dns.unresolved',
  'dns.hosts-override',
  'dns.search-hides',
  'target.ip-conflict',
  'target.wrong-subnet',
  'gateway.no-route',
  'target.no-arp-reply',
  'target.icmp-blocked',
  'ping.not-installed',
  'ping.not-permitted',
  'target.no-reply',
  'target.reachable',
] as const

/** whyNoPingRules are the rules in VERDICT_PRECEDENCE order. */
export const whyNoPingRules: Rule<Snapshot>[] = VERDICT_PRECEDENCE.map(byId)
