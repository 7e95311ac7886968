// classifyPort: onboard, card, usb, virtual or unknown, only on firm evidence.
import {describe, expect, it} from 'vitest'
import {classifyPort, pciDeviceInPath} from '../../../src/capabilities/nics/port-kind.js'

describe('classifyPort', () => {
  it('calls a port onboard when the firmware lists it (acpi_index, index or label)', () => {
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {acpi_index: '1'}, slot: null, pciDeviceAbove: null})).toMatchObject({
      kind: 'onboard',
    })
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {label: 'Onboard LAN'}, slot: null, pciDeviceAbove: null}).evidence).toContain(
      'label=Onboard LAN',
    )
  })

  it('calls a port a card when its device sits in a PCI slot', () => {
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {}, slot: '2', pciDeviceAbove: null})).toEqual({
      kind: 'card',
      evidence: 'it sits in PCI slot 2',
    })
  })

  it('does not guess for a PCI port with neither firmware index nor slot', () => {
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {}, slot: null, pciDeviceAbove: null}).kind).toBe('unknown')
  })

  it('tells USB, virtual-machine and software ports apart', () => {
    expect(classifyPort({subsystem: 'usb', firmwareAttrs: {}, slot: null, pciDeviceAbove: null}).kind).toBe('usb')
    expect(classifyPort({subsystem: 'virtio', firmwareAttrs: {}, slot: null, pciDeviceAbove: null}).kind).toBe('virtual')
    expect(classifyPort({subsystem: null, firmwareAttrs: {}, slot: null, pciDeviceAbove: null}).kind).toBe('virtual')
  })

  it('does not call a port virtual when its directory lies under a PCI device but it has no device link: unknown, and why', () => {
    const placement = classifyPort({subsystem: null, firmwareAttrs: {}, slot: null, pciDeviceAbove: '0000:03:00.0'})
    expect(placement.kind).toBe('unknown')
    expect(placement.evidence).toBe(
      'its sysfs directory lies under PCI device 0000:03:00.0, but it has no device link to tell which device it belongs to',
    )
  })
})

describe('pciDeviceInPath', () => {
  it("names the deepest PCI device a port's sysfs directory lies under", () => {
    expect(pciDeviceInPath('/sys/devices/pci0000:00/0000:00:1c.0/0000:03:00.0/net/enp3s0')).toBe('0000:03:00.0')
    expect(pciDeviceInPath('/sys/devices/pci0000:00/0000:00:1f.6/net/eno1')).toBe('0000:00:1f.6')
    expect(pciDeviceInPath('/sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/net/enx00e04c680001')).toBe('0000:00:14.0')
  })

  it('finds none for software ports, other buses, a PCI root alone, or text that is no sysfs path', () => {
    expect(pciDeviceInPath('/sys/devices/virtual/net/eth0')).toBeNull()
    expect(pciDeviceInPath('/sys/devices/platform/soc/fe300000.mmcnr/net/wlan0')).toBeNull()
    expect(pciDeviceInPath('/sys/devices/pci0000:00/net/x')).toBeNull()
    expect(pciDeviceInPath('sys/devices/pci0000:00/0000:00:1f.6/net/eno1')).toBeNull()
    expect(pciDeviceInPath('/sys/class/net/eno1')).toBeNull()
    expect(pciDeviceInPath('')).toBeNull()
  })
})
