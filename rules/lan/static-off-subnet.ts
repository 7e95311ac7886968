// Rule: a static address of the checked port lies outside the subnet the router hands out: set up for an old router.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {addressOrigins, staticAddresses} from '../../src/views/address-origins.js'
import {suggestedAddress} from '../../src/views/free-addresses.js'
import {routerView} from '../../src/views/router.js'
import {inSubnet, subnetOf} from '../../src/net/ipv4.js'
import {prefixOf} from '../../src/net/address.js'

/** staticOffSubnet names both subnets: the one the static address is on, and the one the LAN's router actually serves. */
export default defineRule<Snapshot>({
  id: 'lan.static-off-subnet',
  title: "A static address is outside the subnet the LAN's router hands out",
  severity: 'error',
  evaluate(snapshot) {
    const router = routerView(snapshot)
    const dev = snapshot.lan?.dev
    if (router.subnet === null || !dev) return []
    const subnet = router.subnet
    const onRouterSubnet = addressOrigins(snapshot).some(entry => inSubnet(entry.address, subnet))
    const suggestion = suggestedAddress(snapshot)
    return staticAddresses(snapshot)
      .filter(entry => !inSubnet(entry.address, subnet))
      .map(entry => {
        const target = suggestion ? `${suggestion.address}/${prefixOf(subnet)}` : `a free address in ${subnet}`
        return {
          severity: onRouterSubnet ? ('warning' as const) : ('error' as const),
          title: onRouterSubnet
            ? `${dev} also keeps the static address ${entry.cidr}, outside the router's subnet ${subnet}: a leftover from an old setup`
            : `${dev} has the static address ${entry.cidr} on ${subnetOf(entry.address, prefixOf(entry.cidr))}, but the router hands out ${subnet}${router.router ? ` (gateway ${router.router})` : ''}: set up for an old router`,
          evidence: [entry.evidence, ...router.evidence],
          next: [
            onRouterSubnet
              ? `Remove it from the network settings of ${dev} (for now: \`sudo ip addr del ${entry.cidr} dev ${dev}\`).`
              : `Switch ${dev} to DHCP, or give it ${target}${router.router ? ` with gateway ${router.router}` : ''}${router.dnsServers.length > 0 ? ` and DNS ${router.dnsServers.join(', ')}` : ''} in its network settings.`,
            ...(suggestion && !onRouterSubnet
              ? [
                  `${suggestion.address} lies outside the DHCP pool; ${suggestion.checked ? 'it answered no duplicate address detection, so it is free now' : 'it was not checked as free (needs root)'}.`,
                ]
              : []),
            'To keep a fixed address without typing it on this machine, reserve one in the router for this port\'s MAC (see "Reservation" below).',
          ],
          subject: entry.address,
        }
      })
  },
})
