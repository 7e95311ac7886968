// parsePciUevent on real PCI uevents (from the displays-drm-class-only fixture, Prometheus procfs' sysfs tree) and on broken input.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parsePciUevent} from '../../src/parse/pci-uevent.js'
import {isPciAddress} from '../../src/parse/x-bus-id.js'
import {fixtureTree} from '../support/cli.js'

const cardUevent = (card: string) =>
  readFileSync(join(fixtureTree('displays-drm-class-only'), 'sys/class/drm', card, 'device/uevent'), 'utf8')

describe('parsePciUevent', () => {
  it("reads a graphics card's uevent: address, ids in lower case, class as the class file writes it, driver", () => {
    expect(parsePciUevent(cardUevent('card1'))).toEqual({
      ok: true,
      value: {slotName: '0000:00:02.0', vendorId: '8086', deviceId: '5917', classCode: '0x030000', driver: 'i915'},
    })
    expect(parsePciUevent(cardUevent('card0'))).toEqual({
      ok: true,
      value: {slotName: '0000:09:00.0', vendorId: '1002', deviceId: '687f', classCode: '0x030000', driver: 'amdgpu'},
    })
  })

  it('pads a short class and leaves out what is missing or malformed', () => {
    expect(parsePciUevent('PCI_CLASS=60400\nPCI_ID=1022:16\nPCI_SLOT_NAME=0000:00:02\n')).toEqual({
      ok: true,
      value: {slotName: null, vendorId: null, deviceId: null, classCode: '0x060400', driver: null},
    })
    expect(parsePciUevent('PCI_SLOT_NAME=0000:A2:00.0')).toEqual({
      ok: true,
      value: expect.objectContaining({slotName: '0000:a2:00.0', classCode: null}),
    })
  })

  it('says why on empty, garbage and non-PCI input', () => {
    expect(parsePciUevent('')).toEqual({ok: false, error: 'uevent: empty'})
    expect(parsePciUevent('\u0000\u00ff\n=\n==')).toEqual({ok: false, error: expect.stringContaining('not a PCI device')})
    expect(parsePciUevent('DEVTYPE=usb_interface\nDRIVER=udl\nPRODUCT=17e9/19c/300\n')).toEqual({
      ok: false,
      error: expect.stringContaining('not a PCI device'),
    })
  })
})

describe('isPciAddress', () => {
  it("takes the kernel's lower-case domain:bus:device.function only", () => {
    expect(isPciAddress('0000:09:00.0')).toBe(true)
    expect(isPciAddress('0000:00:02.1')).toBe(true)
    expect(isPciAddress('0000:0A:00.0')).toBe(false)
    expect(isPciAddress('0000:09:00.8')).toBe(false)
    expect(isPciAddress('device')).toBe(false)
    expect(isPciAddress('soc:gpu')).toBe(false)
  })
})
