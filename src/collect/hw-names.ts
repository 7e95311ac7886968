// Vendor and model names for PCI and USB ids: the system's pci.ids/usb.ids, else the built-in chip tables.
import {readHostFile} from '../host/files.js'
import {lookupHardwareName, type HardwareName} from '../parse/hw-ids.js'
import {gpuVendors, knownGpu} from './gpu-chips.js'
import {knownChip} from './nic-chips.js'

const idsFiles = {
  pci: ['/usr/share/misc/pci.ids', '/usr/share/hwdata/pci.ids', '/usr/share/pci.ids'],
  usb: ['/usr/share/misc/usb.ids', '/usr/share/hwdata/usb.ids', '/var/lib/usbutils/usb.ids'],
}
const loaded = new Map<string, string | null>()

function idsText(bus: 'pci' | 'usb'): string | null {
  if (!loaded.has(bus)) {
    const found = idsFiles[bus].map(readHostFile).find(result => result.ok)
    loaded.set(bus, found && found.ok ? found.text : null)
  }
  return loaded.get(bus) ?? null
}

/** hardwareName names a device from its bus's ids file, falling back to the built-in network and graphics chip tables. */
export function hardwareName(bus: 'pci' | 'usb', vendorId: string | null, deviceId: string | null): HardwareName | null {
  if (!vendorId) return null
  const text = idsText(bus)
  const fromIds = text ? lookupHardwareName(text, vendorId, deviceId) : null
  if (fromIds?.model) return fromIds
  const chip = knownChip(vendorId, deviceId) ?? knownGpu(vendorId, deviceId)
  if (chip) return {vendor: chip.vendor, model: chip.model}
  const vendor = bus === 'pci' ? gpuVendors[vendorId.toLowerCase()] : undefined
  return fromIds ?? (vendor ? {vendor, model: null} : null)
}
