// Rule: a port's receive or transmit error counters are high.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describePort, isHardwarePort} from '../../src/snapshot/ports.js'

/** MIN_ERRORS and MIN_ERROR_RATE decide "high": at least this many errors, and at least this share of packets. */
export const MIN_ERRORS = 50
export const MIN_ERROR_RATE = 0.001

/** errorCounters reports ports with many errors relative to their traffic. */
export default defineRule<Snapshot>({
  id: 'nic.error-counters',
  title: 'High error counters on a port',
  severity: 'warning',
  evaluate(snapshot) {
    return (snapshot.nics?.ports ?? [])
      .filter(port => isHardwarePort(port) && port.name !== null && port.counters !== null)
      .flatMap(port => {
        const c = port.counters!
        const errors = c.rxErrors + c.txErrors
        const packets = Math.max(1, c.rxPackets + c.txPackets)
        if (errors < MIN_ERRORS || errors / packets < MIN_ERROR_RATE) return []
        const share = ((errors / packets) * 100).toFixed(2)
        return [
          {
            title: `${port.name} has many transmission errors (${share}% of packets)`,
            evidence: [
              `${describePort(port)}: ${c.rxErrors} receive errors (${c.rxCrcErrors} CRC), ${c.txErrors} transmit errors, over ${c.rxPackets + c.txPackets} packets`,
            ],
            next: [
              'Replace the cable, and try another port on the switch or router.',
              `Watch whether the counts grow: \`ip -s link show ${port.name}\`, and the detail with \`ethtool -S ${port.name}\`.`,
              'Check that both ends agree on speed and duplex (a duplex mismatch shows as errors and late collisions).',
            ],
            subject: port.name!,
          },
        ]
      })
  },
})
