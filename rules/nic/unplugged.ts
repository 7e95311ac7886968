// Rule: the port holding the IP configuration has no cable, and no other wired port has one either.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {configuredAddresses, describePort, isWiredPort} from '../../src/snapshot/ports.js'

/** unplugged reports a configured wired port without link when no wired port has link. */
export default defineRule<Snapshot>({
  id: 'nic.unplugged',
  title: 'The configured port has no cable',
  severity: 'error',
  evaluate(snapshot) {
    const ports = (snapshot.nics?.ports ?? []).filter(isWiredPort)
    if (ports.some(port => port.carrier === true)) return []
    return ports
      .filter(port => port.carrier === false && configuredAddresses(port).length > 0)
      .map(port => ({
        title: `${port.name} has no cable (no link), though it holds this machine's address`,
        evidence: [
          `${describePort(port)} holds ${configuredAddresses(port).join(', ')} and reports carrier 0`,
          'no other wired port has link either',
        ],
        next: [
          `Check that the cable is firmly in ${port.name} at both ends and that the port's lights come on.`,
          'Try another cable, and another port on the router or switch.',
          'Check that the router or switch at the other end is switched on.',
        ],
        subject: port.name,
      }))
  },
})
