// parseEdid on real monitors' EDIDs (written as binary into the hybrid-laptop fixture) and on broken input.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseEdid} from '../../src/parse/edid.js'
import {fixtureTree} from '../support/cli.js'

// Both dumps are the "EDID (in hex)" lines of the X log in test/fixtures/displays-hybrid-laptop (see its README).
const connectorEdid = (connector: string) =>
  new Uint8Array(
    readFileSync(
      join(fixtureTree('displays-hybrid-laptop'), 'sys/devices/pci0000:00/0000:00:02.0/drm/card1', `card1-${connector}`, 'edid'),
    ),
  )
const samsung = connectorEdid('HDMI-A-2')
const panel = connectorEdid('eDP-1')

describe('parseEdid', () => {
  it('reads a desktop monitor: maker, product, serials and its 0xFC name', () => {
    expect(parseEdid(samsung)).toEqual({
      ok: true,
      value: {
        manufacturer: 'SAM',
        productCode: 0x0dd3,
        serialNumber: 810635607,
        monitorName: 'C27H71x',
        serialText: 'HTHJ800121',
        otherText: [],
        year: 2017,
        version: '1.3',
        extensionBlocks: 1,
      },
    })
  })

  it('reads a laptop panel that names itself only in 0xFE text descriptors', () => {
    const result = parseEdid(panel)
    expect(result.ok && result.value).toMatchObject({
      manufacturer: 'CMN',
      productCode: 0x15d2,
      serialNumber: null,
      monitorName: null,
      serialText: null,
      year: 2015,
      version: '1.4',
    })
    expect(result.ok && result.value.otherText).toEqual(['N156HGE-EAL', 'CMN', 'N156HGE-EAL'])
  })

  it("says empty when no monitor answered (a disconnected connector's edid file is empty)", () => {
    expect(parseEdid(new Uint8Array())).toEqual({ok: false, error: expect.stringContaining('empty')})
  })

  it('rejects a truncated block', () => {
    expect(parseEdid(samsung.subarray(0, 100))).toEqual({ok: false, error: expect.stringContaining('truncated (100 of 128')})
  })

  it('rejects bytes without the EDID header', () => {
    const garbage = new Uint8Array(128).map((_, index) => (index * 37 + 11) & 0xff)
    expect(parseEdid(garbage)).toEqual({ok: false, error: expect.stringContaining('no EDID header')})
  })

  it('rejects a block whose checksum does not add up (one byte garbled on the cable)', () => {
    const garbled = samsung.slice(0, 128)
    garbled[80] = garbled[80]! ^ 0x20
    expect(parseEdid(garbled)).toEqual({ok: false, error: expect.stringContaining('checksum')})
  })

  it('rejects a manufacturer id that is not three letters, even with a good checksum', () => {
    const block = samsung.slice(0, 128)
    block[8] = 0
    block[9] = 0
    block[127] = (256 - (block.subarray(0, 127).reduce((sum, value) => sum + value, 0) % 256)) % 256
    expect(parseEdid(block)).toEqual({ok: false, error: expect.stringContaining('manufacturer')})
  })
})
