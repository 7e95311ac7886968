// Rule: the route to the target goes through a VPN's port (tun0, wg0…) that has no link: the VPN dropped, and takes the traffic with it.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {pingReplied} from '../../src/views/ping-outcome.js'
import {describeRouteProbe, pathDev, targetRoute} from '../../src/views/target-route.js'
import {isTunnel, portNamed} from '../../src/views/usable-ports.js'

/** vpnDown reports a tunnel port without link that the kernel's route to the target uses. */
export default defineRule<Snapshot>({
  id: 'local.vpn-down',
  title: "The route to the target goes through a VPN's port, which has no link: the VPN dropped",
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.ping
    if (!facts || pingReplied(facts)) return []
    const port = portNamed(snapshot.nics, pathDev(snapshot))
    if (!port || port.name === null || !isTunnel(port) || port.carrier !== false) return []
    const route = targetRoute(facts)
    const evidence = [
      route ? describeRouteProbe(route) : `the traffic leaves by ${port.name}`,
      `${port.name} is a ${port.virtualType ?? 'tunnel'} port (a VPN's) and has no link: the VPN program that keeps it is gone or stuck`,
    ]
    const covering = (snapshot.nics?.routes ?? []).filter(r => r.dev === port.name)
    if (covering.length > 0)
      evidence.push(
        `routes over ${port.name}: ${covering.map(r => r.destination).join(', ')}${covering.some(r => r.linkdown) ? ' (the kernel marks them linkdown)' : ''}`,
      )
    return [
      {
        title: `The route to ${facts.target.input} goes through ${port.name}, a VPN port without link: the VPN dropped, and its routes still take the traffic`,
        evidence,
        next: [
          'Reconnect the VPN (its app, or `sudo systemctl restart openvpn@…` / `wg-quick up …`), or disconnect it properly so that its routes go.',
          `Meanwhile, remove its routes: \`sudo ip route del 0.0.0.0/1 dev ${port.name}\` and \`sudo ip route del 128.0.0.0/1 dev ${port.name}\` (or \`sudo ip link del ${port.name}\`).`,
          '`ip route` shows which routes the VPN left behind.',
        ],
        subject: port.name,
      },
    ]
  },
})
