// lookupHardwareName over the pci.ids / usb.ids text format.
import {describe, expect, it} from 'vitest'
import {lookupHardwareName} from '../../src/parse/hw-ids.js'

// An excerpt in the exact layout of the PCI ID Repository's pci.ids (vendor lines, tab-indented devices,
// two-tab subsystems).
const idsExcerpt = `# List of PCI ID's
#
10ec  Realtek Semiconductor Co., Ltd.
\t8136  RTL810xE PCI Express Fast Ethernet controller
\t8168  RTL8111/8168/8411 PCI Express Gigabit Ethernet Controller
\t\t1043 8432  P5Q PRO motherboard
10ed  Ascii Corporation
\t7310  V7310
8086  Intel Corporation
\t15b8  Ethernet Connection (2) I219-V
`

describe('lookupHardwareName', () => {
  it('finds a vendor and its device', () => {
    expect(lookupHardwareName(idsExcerpt, '10ec', '8168')).toEqual({
      vendor: 'Realtek Semiconductor Co., Ltd.',
      model: 'RTL8111/8168/8411 PCI Express Gigabit Ethernet Controller',
    })
  })

  it('does not take a device id from the next vendor', () => {
    expect(lookupHardwareName(idsExcerpt, '10ec', '7310')).toEqual({vendor: 'Realtek Semiconductor Co., Ltd.', model: null})
  })

  it('does not mistake a subsystem line for a device', () => {
    expect(lookupHardwareName(idsExcerpt, '10ec', '1043')?.model).toBeNull()
  })

  it('is case-insensitive in ids and tolerates an unknown vendor and empty text', () => {
    expect(lookupHardwareName(idsExcerpt, '8086', '15B8')?.model).toBe('Ethernet Connection (2) I219-V')
    expect(lookupHardwareName(idsExcerpt, 'abcd', '0001')).toBeNull()
    expect(lookupHardwareName('', '8086', '15b8')).toBeNull()
  })
})
