// Rule: more than one DHCP server answers on the LAN: a second router or an extender hands out addresses too.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {dhcpServers} from '../../src/views/dhcp-servers.js'
import {routerView} from '../../src/views/router.js'

/** dhcpServers reports two or more distinct DHCP server ids among the OFFERs to netdoc's DISCOVER and the DHCP answers heard. */
export default defineRule<Snapshot>({
  id: 'lan.dhcp-servers',
  title: 'More than one DHCP server hands out addresses on this LAN',
  severity: 'error',
  evaluate(snapshot) {
    const servers = dhcpServers(snapshot.lan)
    if (servers.length < 2) return []
    const router = routerView(snapshot)
    const describe = servers.map(
      server =>
        `${server.serverId}${server.macs.length > 0 ? ` (MAC ${server.macs.join(', ')})` : ''} hands out ${server.subnet ?? 'addresses'}${server.routers[0] ? ` with gateway ${server.routers[0]}` : ''}`,
    )
    return [
      {
        title: `${servers.length} DHCP servers answer on this LAN (${servers.map(server => server.serverId).join(', ')}): devices get addresses from whichever answers first`,
        evidence: [...servers.map(server => server.evidence[0]!), ...describe],
        next: [
          `Keep one DHCP server (usually the main router${router.router ? `, ${router.router}` : ''}) and switch DHCP off on the other: an extender, a second router or an old router belongs in "access point" or "bridge" mode.`,
          `Find the other by its address or MAC: \`netdoc lan find ${servers.find(server => server.serverId !== router.router)?.serverId ?? servers[1]!.serverId}\`.`,
          'Afterwards renew the leases of the devices that got a wrong address (reconnect them, or `sudo dhclient -r; sudo dhclient` on Linux).',
        ],
      },
    ]
  },
})
