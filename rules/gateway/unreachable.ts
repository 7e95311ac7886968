// Rule: the target is off-subnet and the default gateway does not answer ARP (IPv6: neighbour discovery).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {arpSilence, answeredArp} from '../../src/views/arp-answers.js'
import {describeRouteProbe, targetRoute} from '../../src/views/target-route.js'
import noRoute from '../local/no-route.js'

/** gatewayUnreachable reports a gateway nothing answers ARP for, on the way to the target (or to the DNS servers of an unresolved name). */
export default defineRule<Snapshot>({
  id: 'gateway.unreachable',
  title: 'The target is off-subnet and the default gateway does not answer ARP (or IPv6 neighbour discovery)',
  severity: 'error',
  dependsOn: [noRoute],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.ping?.outcome === 'reply') return []
    const route = targetRoute(facts)
    const routes = route ? [route] : facts.address === null ? facts.routes : []
    const viaGateway = routes.filter(r => r.route?.gateway)
    const gateway = viaGateway[0]?.route?.gateway
    if (!gateway) return []
    const silence = arpSilence(facts, gateway)
    if (silence.length === 0 || answeredArp(facts, gateway).length > 0) return []
    const dev = viaGateway[0]!.route!.dev
    const forWhat = route ? facts.target.input : `the DNS server${viaGateway.length > 1 ? 's' : ''} ${viaGateway.map(r => r.to).join(', ')}`
    return [
      {
        title: `The gateway ${gateway} does not answer, so nothing beyond this LAN (such as ${forWhat}) can be reached`,
        evidence: [...viaGateway.map(describeRouteProbe), ...silence],
        next: [
          'Check that the router is switched on and its lights look normal.',
          `Check the cable between this machine (or its switch) and the router; \`netdoc nics\` shows ${dev}'s link.`,
          `If the router was replaced, its address may have changed: compare ${gateway} with the address on the router's label, then set it: \`sudo ip route replace default via <router address> dev ${dev}\`.`,
        ],
      },
    ]
  },
})
