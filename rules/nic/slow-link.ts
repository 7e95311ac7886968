// Rule: a gigabit (or faster) port linked at only 10 or 100 Mb/s.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describePort, isWiredPort} from '../../src/snapshot/ports.js'

/** slowLink reports a port whose link speed is 10 or 100 Mb/s though it supports 1000 or more. */
export default defineRule<Snapshot>({
  id: 'nic.slow-link',
  title: 'A fast port linked at a slow speed',
  severity: 'warning',
  evaluate(snapshot) {
    return (snapshot.nics?.ports ?? [])
      .filter(isWiredPort)
      .filter(port => port.carrier === true && (port.speedMbps === 10 || port.speedMbps === 100) && (port.maxSpeedMbps ?? 0) >= 1000)
      .map(port => ({
        title: `${port.name} runs at ${port.speedMbps} Mb/s though it can do ${port.maxSpeedMbps} Mb/s`,
        evidence: [
          `${describePort(port)}: link at ${port.speedMbps} Mb/s ${port.duplex ?? ''} duplex, supports ${port.maxSpeedMbps} Mb/s`.replace(
            '  ',
            ' ',
          ),
        ],
        next: [
          'Replace the cable: gigabit needs all four pairs (Cat5e or better); a damaged pair drops the link to 100 Mb/s.',
          'Try another port on the switch or router; check that port supports gigabit.',
          `Check what both ends advertise: \`ethtool ${port.name}\`.`,
        ],
        subject: port.name,
      }))
  },
})
