// Rule: a router on the way (usually this LAN's gateway) answered that it has no route to the target: "Destination Net Unreachable".
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {icmpError, pingEvidence} from '../../src/views/ping-outcome.js'
import {describeRouteProbe, targetRoute} from '../../src/views/target-route.js'
import {heldAddresses} from '../../src/views/usable-ports.js'
import gatewayUnreachable from './unreachable.js'
import wrongSubnet from '../target/wrong-subnet.js'

/** NO_ROUTE_WORDS are what iputils ping prints for an ICMP "network unreachable" (or IPv6 "no route") from a router. */
const NO_ROUTE_WORDS = /Net(work)? Unreachable|Destination unreachable: No route|Net Unknown/i

/** gatewayNoRoute reports the router that answered ping with "network unreachable": it is up, and has no way to the target. */
export default defineRule<Snapshot>({
  id: 'gateway.no-route',
  title: 'A router on the way answered that it has no route to the target',
  severity: 'error',
  dependsOn: [gatewayUnreachable, wrongSubnet],
  evaluate(snapshot) {
    const facts = snapshot.ping
    const error = facts ? icmpError(facts) : null
    if (!facts || facts.ping?.outcome !== 'unreachable' || !error || !NO_ROUTE_WORDS.test(error.says)) return []
    if (heldAddresses(snapshot.nics, 'ipv4').some(held => held.startsWith(`${error.from}/`))) return []
    const route = targetRoute(facts)
    const gateway = route?.route?.gateway ?? null
    const isGateway = gateway === error.from
    return [
      {
        title: isGateway
          ? `The gateway ${error.from} answers, but has no route to ${facts.target.input} ("${error.says}"): it has no way out, or is not the right router`
          : `The router ${error.from} on the way has no route to ${facts.target.input} ("${error.says}")`,
        evidence: [
          ...(route ? [describeRouteProbe(route)] : []),
          pingEvidence(facts),
          `${error.from} sent the ICMP error itself: it is up, and says it cannot forward to ${facts.address}`,
        ],
        next: isGateway
          ? [
              `Check that ${error.from} is this LAN's real router: a second router (an old one, an extender in router mode) may have become the gateway; \`netdoc lan\` lists the DHCP servers and routers it hears.`,
              `Check ${error.from}'s own connection (its WAN or internet light, its status page).`,
              `If another router is the right one: \`sudo ip route replace default via <router address>\`, or fix the DHCP server that hands out ${error.from}.`,
            ]
          : [
              `Check the routing on ${error.from}, or report it to whoever runs it (your provider, the other site).`,
              `\`tracepath -n ${facts.address}\` shows the routers on the way.`,
            ],
        subject: facts.address ?? undefined,
      },
    ]
  },
})
