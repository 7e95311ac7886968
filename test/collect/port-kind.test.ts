// classifyPort: onboard, card, usb, virtual or unknown, only on firm evidence.
import {describe, expect, it} from 'vitest'
import {classifyPort} from '../../src/collect/port-kind.js'

describe('classifyPort', () => {
  it('calls a port onboard when the firmware lists it (acpi_index, index or label)', () => {
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {acpi_index: '1'}, slot: null})).toMatchObject({kind: 'onboard'})
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {label: 'Onboard LAN'}, slot: null}).evidence).toContain('label=Onboard LAN')
  })

  it('calls a port a card when its device sits in a PCI slot', () => {
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {}, slot: '2'})).toEqual({kind: 'card', evidence: 'it sits in PCI slot 2'})
  })

  it('does not guess for a PCI port with neither firmware index nor slot', () => {
    expect(classifyPort({subsystem: 'pci', firmwareAttrs: {}, slot: null}).kind).toBe('unknown')
  })

  it('tells USB, virtual-machine and software ports apart', () => {
    expect(classifyPort({subsystem: 'usb', firmwareAttrs: {}, slot: null}).kind).toBe('usb')
    expect(classifyPort({subsystem: 'virtio', firmwareAttrs: {}, slot: null}).kind).toBe('virtual')
    expect(classifyPort({subsystem: null, firmwareAttrs: {}, slot: null}).kind).toBe('virtual')
  })
})
