// Rule: an Ethernet controller on the PCI bus has no working network interface.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {describePort} from '../../src/snapshot/ports.js'

/** controllerWithoutInterface reports PCI network controllers that have no driver, so no interface. */
export default defineRule<Snapshot>({
  id: 'nic.controller-without-interface',
  title: 'A network controller has no working interface',
  severity: 'warning',
  evaluate(snapshot) {
    return (snapshot.nics?.ports ?? [])
      .filter(port => port.name === null)
      .map(port => {
        const bus = port.busId ?? '?'
        return {
          title: `The ${port.kind === 'onboard' ? 'onboard ' : ''}network controller at ${bus} has no network interface`,
          evidence: [
            `${describePort(port)} is on the PCI bus`,
            'no driver is bound to it: none is installed for it, or the driver failed to start it',
          ],
          next: [
            `Read what the kernel said about it: \`dmesg | grep -i ${bus.replace(/^0000:/, '')}\` (or \`netdoc explain\` on that output).`,
            `See which driver would take it: \`lspci -nnk -s ${bus}\`.`,
            port.kind === 'onboard'
              ? "If the onboard port died or is switched off in the firmware setup, use an add-in card's port instead."
              : 'Reseat the card, or try it in another slot.',
          ],
          subject: bus,
        }
      })
  },
})
