// The registry of rules that `netdoc lan` runs: addressing against the LAN the machine is really on.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import addressInUse from './address-in-use.js'
import dhcpServers from './dhcp-servers.js'
import dnsSilent from './dns-silent.js'
import gatewayOffSubnet from './gateway-off-subnet.js'
import gatewaySilent from './gateway-silent.js'
import reserveLinkedPort from './reserve-linked-port.js'
import staleHost from './stale-host.js'
import staticInPool from './static-in-pool.js'
import staticOffSubnet from './static-off-subnet.js'

/** lanRules are the LAN checks, root causes first; the reservation note last. */
export const lanRules: Rule<Snapshot>[] = [
  staticOffSubnet,
  addressInUse,
  gatewayOffSubnet,
  gatewaySilent,
  dhcpServers,
  staticInPool,
  dnsSilent,
  staleHost,
  reserveLinkedPort,
]
