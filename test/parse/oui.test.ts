// parseOuiDatabase on real OUI database excerpts (sources in test/fixtures/lan-oui/README.md) and the MAC helpers.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {isLocallyAdministered, normaliseMac, ouiOf, parseOuiDatabase} from '../../src/parse/oui.js'
import {fixtureTree} from '../support/cli.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

const read = (name: string) => readFileSync(`${fixtureTree('lan-oui')}/${name}`, 'utf8')

describe('parseOuiDatabase', () => {
  it("reads IEEE's oui.txt, ignoring the header and the address lines", () => {
    const result = parseOuiDatabase(read('ieee-oui.txt'))
    expect(result.ok && Object.fromEntries(result.value)).toEqual({
      '00e04c': 'REALTEK SEMICONDUCTOR CORP.',
      b827eb: 'Raspberry Pi Foundation',
      '001132': 'Synology Incorporated',
    })
  })

  it("reads arp-scan's ieee-oui.txt and skips its 36-bit MA-S entries", () => {
    const result = parseOuiDatabase(read('arp-scan-ieee-oui.txt'))
    expect(result.ok && result.value.get('b827eb')).toBe('Raspberry Pi Foundation')
    expect(result.ok && result.value.get('70b3d5')).toBe('IEEE Registration Authority')
    expect(result.ok && result.value.size).toBe(4)
  })

  it("reads nmap's prefixes and Wireshark's manuf (keeping the long name, skipping /28 and /36 entries)", () => {
    const nmap = parseOuiDatabase('# nmap-mac-prefixes\nB827EB Raspberry Pi Foundation\n')
    expect(nmap.ok && nmap.value.get('b827eb')).toBe('Raspberry Pi Foundation')
    const manuf = parseOuiDatabase(
      '00:E0:4C\tRealtek\tREALTEK SEMICONDUCTOR CORP.\n00:1B:C5:00:00:00/36\tConverg\tConverging Systems Inc.\n',
    )
    expect(manuf.ok && Object.fromEntries(manuf.value)).toEqual({'00e04c': 'REALTEK SEMICONDUCTOR CORP.'})
  })

  it.each([
    ['empty input', ''],
    ['comments only', '# ieee-oui.txt\n#\n'],
    ['garbage', 'Object "addr" is unknown, try "ip help".'],
  ])('gives an error value for %s', (_name, text) => {
    expect(parseOuiDatabase(text).ok).toBe(false)
  })
})

describe('MAC helpers', () => {
  it('normalises the common spellings of a MAC and refuses others', () => {
    for (const spelling of ['B8:27:EB:12:34:56', 'b8-27-eb-12-34-56', 'b827.eb12.3456', 'b827eb123456'])
      expect(normaliseMac(spelling), spelling).toBe('b8:27:eb:12:34:56')
    for (const wrong of ['b8:27:eb', 'b8:27:eb:12:34:56:78', 'zz:27:eb:12:34:56', '192.168.1.10', 'b8:27eb:1234:56'])
      expect(normaliseMac(wrong), wrong).toBeNull()
  })

  it('gives the OUI and tells made-up MACs apart', () => {
    expect(ouiOf('B8:27:EB:12:34:56')).toBe('b827eb')
    expect(isLocallyAdministered('b8:27:eb:12:34:56')).toBe(false)
    expect(isLocallyAdministered('02:42:ac:11:00:02')).toBe(true)
  })
})

// An input `npm run fuzz` found (minimized): quadratic in the run of blanks before the name's pattern was rewritten.
describe('parseOuiDatabase on hostile input', () => {
  it('reads a maker name with 60,000 blanks inside in linear time, blanks around it trimmed as before', () => {
    const text = `B827EB Raspberry${' '.repeat(60_000)}Pi`
    expect(msTaken(() => parseOuiDatabase(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseOuiDatabase(text).ok && (parseOuiDatabase(text) as {value: Map<string, string>}).value.get('b827eb')).toBe(
      `Raspberry${' '.repeat(60_000)}Pi`,
    )
    expect(
      parseOuiDatabase('B827EB\tRaspberry Pi Foundation  \r').ok &&
        (parseOuiDatabase('B827EB\tRaspberry Pi Foundation  \r') as {value: Map<string, string>}).value.get('b827eb'),
    ).toBe('Raspberry Pi Foundation')
  })
})
