// Rule: this machine's port towards the target has no link, so nothing further along can be blamed.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describePort, isWiredPort} from '../../src/snapshot/ports.js'
import {describeRouteProbe, pathDev, targetRoute} from '../../src/views/target-route.js'
import {isTunnel, portNamed} from '../../src/views/usable-ports.js'

/** noCarrier reports the port the traffic would leave by when it has no link (or, with no route at all, when no port has link). */
export default defineRule<Snapshot>({
  id: 'local.no-carrier',
  title: "This machine's port towards the target has no link",
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.ping
    const ports = snapshot.nics?.ports ?? []
    if (!facts || ports.length === 0) return []
    const routed = portNamed(snapshot.nics, pathDev(snapshot))
    const candidates = ports.filter(
      port =>
        port.name !== null &&
        port.virtualType !== 'loopback' &&
        port.virtualType !== 'bridge' &&
        !isTunnel(port) &&
        (isWiredPort(port) || port.wireless || port.virtualType === 'veth' || port.virtualType === 'virtual'),
    )
    const port = routed ?? (candidates.every(p => p.carrier !== true) ? (candidates.find(p => p.carrier === false) ?? null) : null)
    if (!port || port.carrier !== false || port.name === null || isTunnel(port)) return []
    const who = facts.target.input
    const evidence = [`${describePort(port)} reports no link (carrier 0)`]
    const route = targetRoute(facts)
    if (route) evidence.push(describeRouteProbe(route))
    if ((snapshot.nics?.routes ?? []).some(r => r.dev === port.name && r.linkdown))
      evidence.push(`the kernel marks the routes over ${port.name} "linkdown"`)
    if (port.carrierUpCount === 0) evidence.push(`${port.name} has not had link once since boot (carrier_up_count 0)`)
    const linked = ports.filter(
      other => other !== port && other.carrier === true && isWiredPort(other) && other.virtualType === port.virtualType,
    )
    for (const other of linked) evidence.push(`${describePort(other)} has link, but the route to ${who} does not use it`)
    const next = [
      port.wireless
        ? `Connect ${port.name} to the Wi-Fi network again (check the network name and that Wi-Fi is switched on).`
        : `Check that the cable is firmly in ${port.name} at both ends and that the port's lights come on.`,
      'Try another cable, and another port on the switch or router; check that the switch or router is switched on.',
    ]
    if (linked.length > 0)
      next.push(
        `The cable may be in the wrong port: ${linked.map(o => o.name).join(', ')} has link. Move it to ${port.name}, or run \`netdoc nics\` to compare the ports.`,
      )
    else next.push('Run `netdoc nics` to see every port and its link.')
    return [
      {
        title: `${port.name}, this machine's port towards ${who}, has no link: the cable is out, in the wrong port, or the port is dead`,
        evidence,
        next,
      },
    ]
  },
})
