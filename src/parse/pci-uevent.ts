// Reads a PCI device's sysfs uevent (DRIVER=, PCI_CLASS=, PCI_ID=, PCI_SLOT_NAME=), which names the device where its attribute files are missing.
import {parsed, unparsable, type Parsed} from './parse-result.js'
import {isPciAddress} from './x-bus-id.js'

/** PciUevent is what a PCI device's uevent says about it; each field is null when the file does not say it (or says it malformed). */
export interface PciUevent {
  /** slotName is the device's kernel PCI address, e.g. 0000:00:02.0. */
  slotName: string | null
  /** vendorId is the PCI vendor id in lower-case hex, e.g. 8086, as netdoc reads the `vendor` file. */
  vendorId: string | null
  deviceId: string | null
  /** classCode is the PCI class written as the `class` file writes it, e.g. 0x030000. */
  classCode: string | null
  /** driver is the kernel driver bound to the device, e.g. i915. */
  driver: string | null
}

function keyValues(text: string): Map<string, string> {
  const values = new Map<string, string>()
  for (const line of text.split('\n')) {
    const equals = line.indexOf('=')
    if (equals > 0) values.set(line.slice(0, equals).trim(), line.slice(equals + 1).trim())
  }
  return values
}

/** parsePciUevent reads a PCI device's uevent; empty text, or text without any PCI key, gives an error value. */
export function parsePciUevent(text: string): Parsed<PciUevent> {
  if (text.trim() === '') return unparsable('uevent: empty')
  const values = keyValues(text)
  const slot = values.get('PCI_SLOT_NAME')?.toLowerCase()
  const ids = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(values.get('PCI_ID') ?? '')
  const pciClass = /^[0-9a-f]{1,6}$/i.exec(values.get('PCI_CLASS') ?? '')?.[0]
  const driver = values.get('DRIVER')
  const uevent: PciUevent = {
    slotName: slot && isPciAddress(slot) ? slot : null,
    vendorId: ids?.[1]?.toLowerCase() ?? null,
    deviceId: ids?.[2]?.toLowerCase() ?? null,
    classCode: pciClass ? `0x${pciClass.toLowerCase().padStart(6, '0')}` : null,
    driver: driver ? driver : null,
  }
  if (!uevent.slotName && !uevent.vendorId && !uevent.classCode)
    return unparsable('uevent: no PCI_SLOT_NAME, PCI_ID or PCI_CLASS (not a PCI device)')
  return parsed(uevent)
}
