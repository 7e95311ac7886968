// Rule: a device on this cable speaks for an address on another subnet: a static configuration left from an old router.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {staleHosts} from '../../src/views/stale-hosts.js'

/** staleHost reports each device heard on the cable with an address outside this LAN, and the gateway it keeps asking for. */
export default defineRule<Snapshot>({
  id: 'lan.stale-host',
  title: 'A device on this cable is configured for another subnet (an old router)',
  severity: 'warning',
  evaluate(snapshot) {
    return staleHosts(snapshot).map(host => ({
      title: `A device on ${host.dev} (MAC ${host.mac}) uses ${host.address}, outside this LAN${host.asksFor.length > 0 ? `, and looks for the gateway ${host.asksFor.join(', ')}` : ''}: probably set up for the old router`,
      evidence: host.evidence,
      next: [
        `Reach it from here with a temporary second address on its subnet: \`sudo ip addr add ${host.temporary}/24 dev ${host.dev}\`, then open its settings (\`ping ${host.address}\`, its web page or SSH); remove it afterwards with \`sudo ip addr del ${host.temporary}/24 dev ${host.dev}\`.`,
        `Then switch the device to DHCP, or give it a static address on ${host.lanSubnet ?? "the router's subnet"} outside the DHCP pool.`,
      ],
      subject: host.address,
    }))
  },
})
