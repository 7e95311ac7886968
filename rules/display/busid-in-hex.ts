// Rule: an xorg.conf BusID was copied from lspci in hexadecimal, but X reads BusIDs as decimal.
import {defineRule} from '../../src/engine/rule.js'
import {addressToXBusId, xBusIdReadAsHex, xBusIdToAddress} from '../../src/parse/x-bus-id.js'
import type {DisplaysFacts} from '../../src/capabilities/displays/facts.js'
import {configDevices, describeGpu, xHintsApply} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

/** busIdReadAsHexHitsGpu tells whether a BusID misses every card when read as decimal, but names one when read as hex. */
export function busIdReadAsHexHitsGpu(facts: DisplaysFacts, busId: string | null): boolean {
  if (busId === null) return false
  const asDecimal = xBusIdToAddress(busId)
  const asHex = xBusIdReadAsHex(busId)
  const gpuAt = (address: string | null) => address !== null && facts.gpus.some(gpu => gpu.busId === address)
  return !gpuAt(asDecimal) && asHex !== asDecimal && gpuAt(asHex)
}

/** busIdInHex reports Device sections whose BusID only matches a card when its numbers are read as hex. */
export default defineRule<Snapshot>({
  id: 'display.busid-in-hex',
  title: 'An xorg.conf BusID is written in hex; X reads it as decimal',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts || !xHintsApply(facts)) return []
    return configDevices(facts)
      .filter(device => busIdReadAsHexHitsGpu(facts, device.busId))
      .map(device => {
        const address = xBusIdReadAsHex(device.busId ?? '') ?? ''
        const gpu = facts.gpus.find(entry => entry.busId === address)
        const decimal = xBusIdToAddress(device.busId ?? '')
        return {
          title: `BusID "${device.busId}" in ${device.path} must be "${addressToXBusId(address)}": X reads BusIDs as decimal`,
          evidence: [
            `${device.path}: Device "${device.identifier ?? '?'}" has BusID "${device.busId}"`,
            decimal
              ? `read as decimal, as X does, that is ${decimal}, where there is no graphics card`
              : 'X cannot read it: BusID numbers must be decimal',
            `read as hex, as lspci prints it, it is ${address}: the ${gpu ? describeGpu(gpu) : 'card'}`,
          ],
          next: [
            `Change the line to: BusID "${addressToXBusId(address)}" (lspci's ${address.slice(5)} in decimal), then restart X.`,
            'X BusIDs are bus:device:function in decimal; lspci prints them in hex.',
          ],
          subject: address,
        }
      })
  },
})
