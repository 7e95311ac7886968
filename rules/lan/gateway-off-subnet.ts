// Rule: the default gateway of the checked port is outside every subnet the port is on, so the kernel cannot reach it directly.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {portAddresses} from '../../src/views/checked-port.js'
import {routerView} from '../../src/views/router.js'
import {inSubnet, subnetOf} from '../../src/net/ipv4.js'
import {addressOf, prefixOf} from '../../src/net/address.js'

/** gatewayOffSubnet reports a default route through a gateway that is on none of the port's subnets (e.g. an old router's address). */
export default defineRule<Snapshot>({
  id: 'lan.gateway-off-subnet',
  title: "The default gateway is outside the port's subnet",
  severity: 'error',
  evaluate(snapshot) {
    const lan = snapshot.lan
    if (!lan?.dev) return []
    const subnets = portAddresses(lan, lan.dev).map(entry => subnetOf(addressOf(entry.cidr), prefixOf(entry.cidr)))
    if (subnets.length === 0) return []
    const router = routerView(snapshot)
    return (snapshot.nics?.routes ?? [])
      .filter(
        route =>
          route.destination === 'default' &&
          route.dev === lan.dev &&
          route.gateway !== null &&
          !subnets.some(subnet => inSubnet(route.gateway!, subnet)),
      )
      .map(route => ({
        title: `The default gateway ${route.gateway} is outside ${lan.dev}'s subnet${subnets.length > 1 ? 's' : ''} ${subnets.join(', ')}: nothing beyond this LAN can be reached`,
        evidence: [
          `ip route: default via ${route.gateway} dev ${route.dev}`,
          `${lan.dev} is on ${subnets.join(', ')}, and ${route.gateway} is on none of them`,
          ...router.evidence,
        ],
        next: [
          router.router
            ? `Set the gateway to the router's address ${router.router}: \`sudo ip route replace default via ${router.router} dev ${lan.dev}\`, and the same in the network settings so it lasts.`
            : `Set the gateway to the router's address (on its label, usually the first address of ${subnets[0]}) in the network settings of ${lan.dev}.`,
        ],
        subject: route.gateway!,
      }))
  },
})
