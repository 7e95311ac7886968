// Rule: the port holding the IP configuration has no cable, while another port has one.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {configuredAddresses, describePort, isWiredPort} from '../../src/snapshot/ports.js'
import {defaultRouteDevs} from '../../src/views/default-routes.js'

/** cableInWrongPort reports a configured port without link while another wired port has link. */
export default defineRule<Snapshot>({
  id: 'nic.cable-in-wrong-port',
  title: 'The cable is probably in the wrong port',
  severity: 'error',
  evaluate(snapshot) {
    const ports = (snapshot.nics?.ports ?? []).filter(isWiredPort)
    const linked = ports.filter(port => port.carrier === true)
    const defaultDevs = defaultRouteDevs(snapshot.nics)
    return ports
      .filter(port => port.carrier === false && (configuredAddresses(port).length > 0 || defaultDevs.has(port.name)))
      .flatMap(port => {
        const other = linked.find(candidate => candidate !== port)
        if (!other) return []
        const config = [...configuredAddresses(port), ...(defaultDevs.has(port.name) ? ['the default route'] : [])]
        const neverLinked = port.carrierUpCount === 0
        const evidence = [
          `${describePort(port)} holds ${config.join(' and ')}, but has no cable (carrier 0)`,
          `${describePort(other)} has a cable (link up${other.speedMbps ? ` at ${other.speedMbps} Mb/s` : ''}) and ${configuredAddresses(other).length > 0 ? `holds ${configuredAddresses(other).join(', ')}` : 'no address'}`,
        ]
        if (neverLinked) evidence.push(`${port.name} has not had link once since boot (carrier_up_count 0): the port itself may be dead`)
        const firstAddress = configuredAddresses(port)[0]
        const next = [
          `Look at the back of the machine: move the cable from ${other.name} to ${port.name} and watch its lights.`,
          neverLinked
            ? `If ${port.name} stays dark, it is probably dead: move the configuration to ${other.name} instead${firstAddress ? ` (for now: \`ip addr add ${firstAddress} dev ${other.name}\`)` : ''} and update the network configuration to name ${other.name}.`
            : `Or move the configuration to ${other.name}${firstAddress ? ` (for now: \`ip addr add ${firstAddress} dev ${other.name}\`)` : ''}.`,
        ]
        return [
          {
            title: `${port.name} holds the network configuration but has no cable; the cable is in ${other.name}`,
            evidence,
            next,
            subject: port.name,
          },
        ]
      })
  },
})
