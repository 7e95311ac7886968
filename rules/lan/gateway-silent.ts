// Rule: the default gateway of the checked port does not answer ARP nor ping.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {routerView} from '../../src/views/router.js'
import gatewayOffSubnet from './gateway-off-subnet.js'

/** gatewaySilent reports a gateway that stayed silent to every probe that could run (arping as root, ping); one answer clears it. */
export default defineRule<Snapshot>({
  id: 'lan.gateway-silent',
  title: 'The default gateway does not answer',
  severity: 'error',
  dependsOn: [gatewayOffSubnet],
  evaluate(snapshot) {
    const check = snapshot.lan?.gateway
    if (!check) return []
    const arpSilent = check.arp?.outcome === 'no-reply'
    const pingSilent = check.ping !== null && ['no-reply', 'unreachable', 'timed-out'].includes(check.ping.outcome)
    if (check.arp?.outcome === 'replied' || check.ping?.outcome === 'reply') return []
    if (!arpSilent && !pingSilent) return []
    const evidence: string[] = []
    if (check.arp) evidence.push(`arping ${check.gateway} on ${check.dev}: ${check.arp.line ?? check.arp.outcome}`)
    if (check.ping) evidence.push(`ping ${check.gateway}: ${check.ping.line ?? check.ping.outcome}`)
    const router = routerView(snapshot)
    if (router.router && router.router !== check.gateway)
      evidence.push(`the LAN's DHCP server names ${router.router} as the router, not ${check.gateway}`)
    return [
      {
        title: `The gateway ${check.gateway} does not answer on ${check.dev}`,
        evidence,
        next: [
          router.router && router.router !== check.gateway
            ? `The router is now ${router.router}: \`sudo ip route replace default via ${router.router} dev ${check.dev}\`, and set it in the network settings.`
            : 'Check that the router is switched on and that the cable between this machine and the router (or its switch) is in.',
          `Compare ${check.gateway} with the address on the router's label or its settings page.`,
        ],
        subject: check.gateway,
      },
    ]
  },
})
