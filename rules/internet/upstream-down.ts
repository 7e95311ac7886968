// Rule: the router answers, nothing beyond it does: the provider's line (or the router's WAN side) is down.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {
  describePing,
  describeUpstream,
  gatewayAnswers,
  ipWorks,
  upstreamSilent,
  upstreams,
} from '../../src/capabilities/internet/classify.js'
import noGateway from './no-gateway.js'
import portal from './portal.js'

/** upstreamDown reports a gateway that answers while every anycast address beyond it stays silent to ping and TCP. */
export default defineRule<Snapshot>({
  id: 'internet.upstream-down',
  title: "The router answers, nothing beyond it does: the provider's line is down",
  severity: 'error',
  dependsOn: [noGateway, portal],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts || !facts.gateway || !gatewayAnswers(facts) || ipWorks(facts)) return []
    const beyond = upstreams(facts, 'ipv4')
    if (beyond.length === 0 || !beyond.every(upstreamSilent)) return []
    const gateway = facts.gateway
    return [
      {
        title: `The router ${gateway.address} answers, but nothing beyond it does: its internet connection (the provider's line) is down`,
        evidence: [
          gateway.ping?.outcome === 'reply'
            ? describePing(`gateway ${gateway.address}`, gateway.ping)
            : `the gateway ${gateway.address} answers ARP (${gateway.neighbour?.mac})`,
          ...beyond.map(describeUpstream),
        ],
        next: [
          "Look at the router's internet (WAN, DSL, fibre) light and its status page; restart the modem and the router.",
          'If it stays down, call the provider: the line, not this machine, is at fault.',
        ],
        subject: gateway.address,
      },
    ]
  },
})
