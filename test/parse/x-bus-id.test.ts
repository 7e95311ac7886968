// Converting X BusIDs (decimal) to kernel PCI addresses (hex) and back.
import {describe, expect, it} from 'vitest'
import {addressToXBusId, xBusIdReadAsHex, xBusIdToAddress, xLogPciToAddress} from '../../src/parse/x-bus-id.js'

describe('X bus ids', () => {
  it('reads xorg.conf BusIDs as decimal, with an optional @domain', () => {
    expect(xBusIdToAddress('PCI:2:0:0')).toBe('0000:02:00.0')
    expect(xBusIdToAddress('PCI:0:13:0')).toBe('0000:00:0d.0')
    expect(xBusIdToAddress('PCI:59:0:0')).toBe('0000:3b:00.0')
    expect(xBusIdToAddress('PCI:1@0:0:0')).toBe('0000:01:00.0')
    expect(xBusIdToAddress('pci:175:0:0')).toBe('0000:af:00.0')
  })

  it('refuses what X would refuse: hex digits, missing parts, numbers out of range', () => {
    expect(xBusIdToAddress('PCI:3b:0:0')).toBeNull()
    expect(xBusIdToAddress('PCI:5a:0:0')).toBeNull()
    expect(xBusIdToAddress('PCI:1:0')).toBeNull()
    expect(xBusIdToAddress('1:0:0')).toBeNull()
    expect(xBusIdToAddress('PCI:256:0:0')).toBeNull()
    expect(xBusIdToAddress('PCI:1:32:0')).toBeNull()
    expect(xBusIdToAddress('')).toBeNull()
  })

  it('reads a BusID as hex, the way someone copying from lspci meant it', () => {
    expect(xBusIdReadAsHex('PCI:3b:0:0')).toBe('0000:3b:00.0')
    expect(xBusIdReadAsHex('PCI:10:0:0')).toBe('0000:10:00.0')
  })

  it('writes a kernel address as the BusID xorg.conf wants', () => {
    expect(addressToXBusId('0000:3b:00.0')).toBe('PCI:59:0:0')
    expect(addressToXBusId('0000:00:0d.0')).toBe('PCI:0:13:0')
    expect(addressToXBusId('0001:02:00.1')).toBe('PCI:2@1:0:1')
    expect(addressToXBusId('not-an-address')).toBeNull()
  })

  it('reads both shapes of the X log\'s "(--) PCI:" tuples', () => {
    expect(xLogPciToAddress('0:1:5:0')).toBe('0000:01:05.0')
    expect(xLogPciToAddress('0:0:13:0')).toBe('0000:00:0d.0')
    expect(xLogPciToAddress('2@0:0:0')).toBe('0000:02:00.0')
    expect(xLogPciToAddress('61@0:0:0')).toBe('0000:3d:00.0')
    expect(xLogPciToAddress('1:0:0')).toBeNull()
  })
})
