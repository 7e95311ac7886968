// Rule: the target does not answer and nothing closer explains it: the fault lies beyond what this machine can see.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {askedBy, gatewayMacs} from '../../src/views/arp-answers.js'
import {pingEvidence, pingFailed} from '../../src/views/ping-outcome.js'
import {describeRouteProbe, targetRoute} from '../../src/views/target-route.js'
import {isPrivateIpv4} from '../../src/net/address.js'
import gatewayUnreachable from '../gateway/unreachable.js'
import ipConflict from './ip-conflict.js'
import wrongSubnet from './wrong-subnet.js'
import noArpReply from './no-arp-reply.js'
import icmpBlocked from './icmp-blocked.js'
import gatewayNoRoute from '../gateway/no-route.js'
import hostsOverride from '../dns/hosts-override.js'
import searchHides from '../dns/search-hides.js'

/** noReply is the last resort beyond a working gateway: the gateway answers, echo requests to the target beyond it go unanswered,
 * and no more specific cause was found. With no gateway known to answer it says nothing (the answer is then undetermined). */
export default defineRule<Snapshot>({
  id: 'target.no-reply',
  title: 'The target does not answer and nothing closer explains it',
  severity: 'error',
  dependsOn: [gatewayUnreachable, ipConflict, wrongSubnet, noArpReply, icmpBlocked, gatewayNoRoute, hostsOverride, searchHides],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null || !pingFailed(facts)) return []
    const route = targetRoute(facts)
    const gateway = route?.route?.gateway ?? null
    const seen = gateway ? [...gatewayMacs(facts, gateway)] : []
    if (!route || !gateway || seen.length === 0) return []
    const evidence = [pingEvidence(facts), describeRouteProbe(route)]
    evidence.push(`the gateway ${gateway} answers ${askedBy(gateway)} (${seen.join(', ')}): this machine's side of the path works`)
    const unasked = snapshot.gaps.filter(gap => gap.fact === 'ARP probing (arping)' || gap.fact.startsWith('passive ARP listening'))
    if (isPrivateIpv4(facts.address) && unasked.length > 0)
      evidence.push(`not asked on this cable by ARP (${unasked[0]!.reason}): a device left here on an old subnet would have shown there`)
    if (facts.tcp.length > 0) evidence.push(`no TCP port answered either (${facts.tcp.map(p => p.port).join(', ')})`)
    return [
      {
        title: `${facts.target.input} does not answer; the way to the gateway ${gateway} works, so the fault lies beyond it`,
        evidence,
        next: [
          `Check from the router, or from another machine, whether ${facts.target.input} answers there.`,
          `\`tracepath -n ${facts.address}\` shows how far packets get.`,
          `Check that ${facts.target.input} is switched on and connected.`,
        ],
        subject: facts.address,
      },
    ]
  },
})
