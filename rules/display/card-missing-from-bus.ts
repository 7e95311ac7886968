// Rule: X was set up for a graphics card that is no longer on the PCI bus (it vanished after another card went in).
import {defineRule} from '../../src/engine/rule.js'
import {addressToXBusId} from '../../src/parse/x-bus-id.js'
import {configBusAddress, configDevices, describeGpu, xLogOf} from '../../src/capabilities/displays/screens.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {busIdReadAsHexHitsGpu} from './busid-in-hex.js'

const NEXT = [
  'Power off, unplug the mains, and reseat the card firmly in its slot (and its power cable, if it has one).',
  'Look at the card and the board for a jumper or switch for two cards (single/dual card, SLI/CrossFire bridge); some need it set before the second card shows up.',
  'In the firmware setup, check the primary display ("Init display first", "Primary graphics adapter") and that the slot is enabled.',
  "When `lspci -nn | grep -Ei 'vga|3d|display'` lists the card again, restart X (log out and back in).",
  'If the card was removed on purpose, delete its Device and Screen sections from xorg.conf (keep a copy first).',
]

const SWITCHED_OFF =
  'On a laptop that switches its second GPU off (prime-select intel, optimus-manager, bbswitch), the card leaves the bus on purpose: switch it back on, or ignore this.'

/** cardMissingFromBus reports a BusID named by xorg.conf or the X log, or a Device section, with no card on the bus behind it. */
export default defineRule<Snapshot>({
  id: 'display.card-missing-from-bus',
  title: 'A graphics card X was set up for is no longer on the PCI bus',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts) return []
    const onBus = new Set(facts.gpus.map(gpu => gpu.busId))
    const busNow =
      facts.gpus.length === 0
        ? 'the PCI bus has no graphics card now'
        : `the PCI bus has ${facts.gpus.length} graphics card(s) now: ${facts.gpus.map(describeGpu).join('; ')}`
    const missing = new Map<string, string[]>()
    const note = (address: string, fact: string) => missing.set(address, [...(missing.get(address) ?? []), fact])
    for (const device of configDevices(facts)) {
      const address = configBusAddress(device)
      if (address && !onBus.has(address) && !busIdReadAsHexHitsGpu(facts, device.busId))
        note(address, `${device.path}: Device "${device.identifier ?? '?'}" has BusID "${device.busId}" (${address})`)
    }
    for (const device of xLogOf(facts)?.pciDevices ?? [])
      if (!onBus.has(device.address))
        note(device.address, `the X log (${facts.xLog?.path}) saw a card ${device.vendorId}:${device.deviceId} at ${device.address}`)
    const next = facts.gpus.some(gpu => gpu.vendorId === '8086') ? [...NEXT, SWITCHED_OFF] : NEXT
    const reports = [...missing].map(([address, seen]) => ({
      title: `The graphics card X expects at ${address} (${addressToXBusId(address)}) is not on the PCI bus`,
      evidence: [...seen, busNow],
      next,
      subject: address,
    }))
    if (reports.length > 0) return reports
    const devices = configDevices(facts).filter(device => device.screen === null && device.driver !== 'dummy')
    const expected = new Set(devices.map(device => device.busId ?? `${device.path}#${device.identifier}`))
    if (expected.size <= facts.gpus.length || expected.size < 2) return []
    return [
      {
        title: `xorg.conf describes ${expected.size} graphics cards, but the PCI bus has ${facts.gpus.length}`,
        evidence: [
          ...devices.map(
            device =>
              `${device.path}: Device "${device.identifier ?? '?'}" (Driver "${device.driver ?? '?'}", ${device.busId ? `BusID "${device.busId}"` : 'no BusID'})`,
          ),
          busNow,
        ],
        next,
      },
    ]
  },
})
