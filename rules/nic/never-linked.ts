// Rule: a wired port has never had link since boot, while another port has.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describePort, isWiredPort} from '../../src/snapshot/ports.js'
import cableInWrongPort from './cable-in-wrong-port.js'

/** neverLinked reports switched-on wired ports with carrier_up_count 0 beside a port that has had link. */
export default defineRule<Snapshot>({
  id: 'nic.never-linked',
  title: 'A port has never had link since boot',
  severity: 'warning',
  dependsOn: [cableInWrongPort],
  evaluate(snapshot) {
    const ports = (snapshot.nics?.ports ?? []).filter(isWiredPort)
    const everLinked = ports.filter(port => (port.carrierUpCount ?? 0) > 0 || port.carrier === true)
    if (everLinked.length === 0) return []
    return ports
      .filter(port => port.adminUp === true && port.carrierUpCount === 0 && port.carrier !== true)
      .map(port => ({
        title: `${port.name} has never had link since the machine started`,
        evidence: [
          `${describePort(port)}: carrier_up_count 0`,
          `${everLinked.map(describePort).join(', ')} ${everLinked.length === 1 ? 'has' : 'have'} had link`,
        ],
        next: [
          `If a cable is in ${port.name}, try it in another port of the router or switch, and another cable.`,
          `If ${port.name} stays dark with a known-good cable, the port may be dead: use ${everLinked[0]?.name} instead.`,
        ],
        subject: port.name,
      }))
  },
})
