// Vendor and model names for PCI and USB ids: the system's pci.ids/usb.ids, else the built-in chip tables.
import type {HostFiles} from '../host/files.js'
import {lookupHardwareName, type HardwareName} from '../parse/hw-ids.js'
import {gpuVendors, knownGpu} from './gpu-chips.js'
import {knownChip} from './nic-chips.js'

const idsFiles = {
  pci: ['/usr/share/misc/pci.ids', '/usr/share/hwdata/pci.ids', '/usr/share/pci.ids'],
  usb: ['/usr/share/misc/usb.ids', '/usr/share/hwdata/usb.ids', '/var/lib/usbutils/usb.ids'],
}
/** loaded keeps each machine's ids files once read (1-2 MB each), per bus. */
const loaded = new WeakMap<HostFiles, Map<string, Buffer | null>>()

function idsBytes(files: HostFiles, bus: 'pci' | 'usb'): Buffer | null {
  const cache = loaded.get(files) ?? new Map<string, Buffer | null>()
  loaded.set(files, cache)
  if (!cache.has(bus)) {
    const bytes = idsFiles[bus].map(path => files.bytes(path)).find(found => found !== null) ?? null
    cache.set(bus, bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null)
  }
  return cache.get(bus) ?? null
}

/** vendorBlock cuts one vendor's lines out of an ids file without decoding the whole 1-2 MB of it. */
function vendorBlock(bytes: Buffer, vendorId: string): string | null {
  const start = bytes.indexOf(`\n${vendorId.toLowerCase()}  `)
  if (start === -1) return null
  const TAB = 0x09
  const HASH = 0x23
  for (let stop = bytes.indexOf('\n', start + 1); stop !== -1 && stop + 1 < bytes.length; stop = bytes.indexOf('\n', stop + 1)) {
    const next = bytes[stop + 1]
    if (next !== TAB && next !== HASH) return bytes.toString('utf8', start, stop + 1)
  }
  return bytes.toString('utf8', start)
}

/** hardwareName names a device from its bus's ids file on the machine, falling back to the built-in network and graphics chip tables. */
export function hardwareName(files: HostFiles, bus: 'pci' | 'usb', vendorId: string | null, deviceId: string | null): HardwareName | null {
  if (!vendorId) return null
  const bytes = idsBytes(files, bus)
  const block = bytes ? vendorBlock(bytes, vendorId) : null
  const fromIds = block ? lookupHardwareName(block, vendorId, deviceId) : null
  if (fromIds?.model) return fromIds
  const chip = knownChip(vendorId, deviceId) ?? knownGpu(vendorId, deviceId)
  if (chip) return {vendor: chip.vendor, model: chip.model}
  const vendor = bus === 'pci' ? gpuVendors[vendorId.toLowerCase()] : undefined
  return fromIds ?? (vendor ? {vendor, model: null} : null)
}
