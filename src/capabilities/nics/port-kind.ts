// Decides whether a port is onboard, on a card, on USB or virtual, from firm evidence only.
import type {PortKind} from './facts.js'
import {isPciAddress} from '../../parse/x-bus-id.js'

/** pciDeviceInPath returns the bus id of the deepest PCI device directory a sysfs path lies under
 * (/sys/devices/pci0000:00/0000:00:1c.0/0000:03:00.0/net/enp3s0 → 0000:03:00.0), or null when it lies under none. */
export function pciDeviceInPath(path: string): string | null {
  const [empty, sys, devices, root, ...rest] = path.split('/')
  if (empty !== '' || sys !== 'sys' || devices !== 'devices' || !root?.startsWith('pci')) return null
  return rest.filter(isPciAddress).at(-1) ?? null
}

/** PortPlacement is what sysfs says about where a port's device sits. */
export interface PortPlacement {
  /** subsystem of the port's device: pci, usb, virtio…, or null for a software port. */
  subsystem: string | null
  /** firmwareAttrs are the firmware's onboard markers present on the PCI device (acpi_index, index, label). */
  firmwareAttrs: Record<string, string>
  /** slot is the name of the PCI slot the device sits in, or null. */
  slot: string | null
  /** pciDeviceAbove is the PCI device whose sysfs directory holds the port's although it has no device (subsystem null), or null. */
  pciDeviceAbove: string | null
}

/** classifyPort returns the port's kind and the fact that decided it; without evidence it says unknown. */
export function classifyPort(placement: PortPlacement): {kind: PortKind; evidence: string} {
  const {subsystem, firmwareAttrs, slot, pciDeviceAbove} = placement
  if (subsystem === null && pciDeviceAbove !== null)
    return {
      kind: 'unknown',
      evidence: `its sysfs directory lies under PCI device ${pciDeviceAbove}, but it has no device link to tell which device it belongs to`,
    }
  if (subsystem === null) return {kind: 'virtual', evidence: 'no hardware device behind it'}
  if (subsystem === 'usb') return {kind: 'usb', evidence: 'its device is on the USB bus'}
  if (subsystem === 'virtio' || subsystem === 'xen' || subsystem === 'vmbus')
    return {kind: 'virtual', evidence: `a ${subsystem} device of a virtual machine`}
  const firmware = Object.entries(firmwareAttrs)
  if (firmware.length > 0) {
    const said = firmware.map(([key, value]) => `${key}=${value}`).join(', ')
    return {kind: 'onboard', evidence: `the firmware lists it as an onboard device (${said})`}
  }
  if (slot !== null) return {kind: 'card', evidence: `it sits in PCI slot ${slot}`}
  return {kind: 'unknown', evidence: `on the ${subsystem} bus, but neither the firmware nor a slot says where`}
}
