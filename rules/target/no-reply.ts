// Rule: the target does not answer and nothing closer explains it: the fault lies beyond what this machine can see.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredArp, describeRouteProbe, pingEvidence, pingFailed, targetRoute} from '../../src/snapshot/target-path.js'
import {isIpv4} from '../../src/net/address.js'

/** noReply is the last resort: echo requests went out, nothing answered, and no more specific cause was found. */
export default defineRule<Snapshot>({
  id: 'target.no-reply',
  title: 'The target does not answer and nothing closer explains it',
  severity: 'error',
  quietWhen: [
    'local.no-carrier',
    'local.no-address',
    'local.no-route',
    'gateway.unreachable',
    'target.ip-conflict',
    'target.wrong-subnet',
    'target.no-arp-reply',
    'target.icmp-blocked',
  ],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.address === null || !pingFailed(facts)) return []
    const route = targetRoute(facts)
    const evidence = [pingEvidence(facts)]
    if (route) evidence.push(describeRouteProbe(route))
    const gateway = route?.route?.gateway ?? null
    const gatewayMacs = gateway ? answeredArp(facts, gateway) : []
    if (gateway && gatewayMacs.length > 0) evidence.push(`the gateway ${gateway} answers ARP (${gatewayMacs.join(', ')}): this machine's side of the path works`)
    if (facts.tcp.length > 0) evidence.push(`no TCP port answered either (${facts.tcp.map(p => p.port).join(', ')})`)
    return [
      {
        title: gateway
          ? `${facts.target.input} does not answer; the way to the gateway ${gateway} works, so the fault lies beyond it`
          : `${facts.target.input} does not answer, and netdoc found no more specific cause`,
        evidence,
        next: gateway
          ? [
              `Check from the router, or from another machine, whether ${facts.target.input} answers there.`,
              `\`tracepath -n ${facts.address}\` shows how far packets get.`,
              `Check that ${facts.target.input} is switched on and connected.`,
            ]
          : [
              `Check that ${facts.target.input} is switched on and connected.`,
              ...(isIpv4(facts.address) ? ['Run netdoc again as root (sudo), so it can also ask by ARP and listen on the cable.'] : []),
            ],
        subject: facts.address,
      },
    ]
  },
})
