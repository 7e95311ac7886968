// Rule: no port with link holds a usable IPv4 address, or only a self-assigned 169.254.x.x one (DHCP got no answer).
import {defineRule} from '../../src/engine/rule.js'
import {configuredAddresses} from '../../src/snapshot/ports.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {pingReplied} from '../../src/views/ping-outcome.js'
import {unread} from '../../src/views/unread-facts.js'
import {usablePorts} from '../../src/views/usable-ports.js'
import {addressOf, isIpv4, isLinkLocalIpv4} from '../../src/net/address.js'
import noCarrier from './no-carrier.js'
import vpnDown from './vpn-down.js'

/** noAddress reports ports that have link but no address a person or DHCP gave them. */
export default defineRule<Snapshot>({
  id: 'local.no-address',
  title: 'No usable IPv4 address on any port with link',
  severity: 'error',
  dependsOn: [noCarrier, vpnDown],
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || facts.target.kind === 'ipv6' || (facts.address !== null && (!isIpv4(facts.address) || isLinkLocalIpv4(facts.address))))
      return []
    if (unread(snapshot, 'addresses') || pingReplied(facts)) return []
    const ports = usablePorts(snapshot.nics).filter(port => port.virtualType !== 'bridge' || port.addresses.length > 0)
    if (ports.length === 0 || ports.some(port => configuredAddresses(port).length > 0)) return []
    const selfAssigned = ports.filter(port => port.addresses.some(address => isLinkLocalIpv4(addressOf(address))))
    const evidence = ports.map(port => {
      const linkLocal = port.addresses.filter(address => isLinkLocalIpv4(addressOf(address)))
      return linkLocal.length > 0
        ? `${port.name} has link but only the self-assigned address ${linkLocal.join(', ')}: the machine asked for an address (DHCP) and got no answer`
        : `${port.name} has link but no IPv4 address`
    })
    const dev = ports[0]!.name!
    return [
      {
        title:
          selfAssigned.length > 0
            ? `This machine has only a self-assigned 169.254.x.x address: DHCP got no answer, so it cannot reach ${facts.target.input}`
            : `This machine has no IPv4 address on ${ports.map(p => p.name).join(', ')}, so it cannot reach ${facts.target.input}`,
        evidence,
        next: [
          "Check that the router (the LAN's DHCP server) is switched on and that this machine's cable or Wi-Fi leads to it.",
          `Ask for an address again: \`sudo dhclient -v ${dev}\` (or \`sudo networkctl renew ${dev}\`, or \`nmcli device reapply ${dev}\` with NetworkManager).`,
          'If this machine should have a fixed address, set it (address, prefix and gateway) in its network configuration.',
        ],
      },
    ]
  },
})
