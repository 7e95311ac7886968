// Reads a monitor's EDID base block (the 128 bytes the kernel exposes in /sys/class/drm/card*-*/edid).
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** Edid is what a monitor says about itself: maker, product, serial, and the name shown to people. */
export interface Edid {
  /** manufacturer is the three-letter PNP id, e.g. SAM for Samsung, DEL for Dell. */
  manufacturer: string
  productCode: number
  /** serialNumber is the numeric serial, null when the monitor leaves it 0. */
  serialNumber: number | null
  /** monitorName is the text of the 0xFC descriptor, e.g. "DELL U2415". */
  monitorName: string | null
  /** serialText is the text of the 0xFF descriptor, the serial printed on the label. */
  serialText: string | null
  /** otherText are the 0xFE descriptors' texts, where laptop panels usually put their model (e.g. "N156HGE-EAL"). */
  otherText: string[]
  year: number | null
  version: string
  extensionBlocks: number
}

const HEADER = [0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]
const BLOCK = 128
const DESCRIPTOR_OFFSETS = [54, 72, 90, 108]

function manufacturerId(high: number, low: number): string | null {
  const word = (high << 8) | low
  const letters = [(word >> 10) & 0x1f, (word >> 5) & 0x1f, word & 0x1f]
  if (letters.some(code => code < 1 || code > 26)) return null
  return String.fromCharCode(...letters.map(code => code + 64))
}

function descriptorText(bytes: Uint8Array, offset: number): string {
  const raw = String.fromCharCode(...bytes.subarray(offset + 5, offset + 18))
  const end = raw.indexOf('\n')
  return (end === -1 ? raw : raw.slice(0, end)).replace(/[^\x20-\x7e]/g, '').trim()
}

function displayDescriptors(bytes: Uint8Array, tag: number): string[] {
  return DESCRIPTOR_OFFSETS.filter(
    offset => bytes[offset] === 0 && bytes[offset + 1] === 0 && bytes[offset + 2] === 0 && bytes[offset + 3] === tag,
  )
    .map(offset => descriptorText(bytes, offset))
    .filter(text => text !== '')
}

/** parseEdid reads the base block; empty, short, headerless or wrongly-summed bytes give an error value. */
export function parseEdid(bytes: Uint8Array): Parsed<Edid> {
  if (bytes.length === 0) return unparsable('EDID: empty (no monitor answered)')
  if (bytes.length < BLOCK) return unparsable(`EDID: truncated (${bytes.length} of ${BLOCK} bytes)`)
  if (!HEADER.every((value, index) => bytes[index] === value)) return unparsable('EDID: no EDID header (not an EDID)')
  const sum = bytes.subarray(0, BLOCK).reduce((total, value) => (total + value) & 0xff, 0)
  if (sum !== 0) return unparsable(`EDID: checksum does not add up (remainder ${sum}); the monitor or cable garbled it`)
  const manufacturer = manufacturerId(bytes[8] ?? 0, bytes[9] ?? 0)
  if (!manufacturer) return unparsable('EDID: manufacturer id is not three letters')
  const serial = ((bytes[12] ?? 0) | ((bytes[13] ?? 0) << 8) | ((bytes[14] ?? 0) << 16) | ((bytes[15] ?? 0) << 24)) >>> 0
  const yearByte = bytes[17] ?? 0
  return parsed({
    manufacturer,
    productCode: (bytes[10] ?? 0) | ((bytes[11] ?? 0) << 8),
    serialNumber: serial === 0 ? null : serial,
    monitorName: displayDescriptors(bytes, 0xfc)[0] ?? null,
    serialText: displayDescriptors(bytes, 0xff)[0] ?? null,
    otherText: displayDescriptors(bytes, 0xfe),
    year: yearByte === 0 ? null : 1990 + yearByte,
    version: `${bytes[18] ?? 0}.${bytes[19] ?? 0}`,
    extensionBlocks: bytes[126] ?? 0,
  })
}
