// Masks a monitor's serial numbers inside its EDID (the numeric one and the printed one), keeping the block valid for the parser.
import type {MaskBook} from './mask-book.js'

const HEADER = '00ffffffffffff00'
const BLOCK_BYTES = 128
const SERIAL_OFFSET = 12
const DESCRIPTOR_OFFSETS = [54, 72, 90, 108]
const SERIAL_TEXT_TAG = 0xff
const TEXT_BYTES = 13

/** maskSerialNumber masks a monitor's numeric serial (EDID bytes 12–15, X's "Serial#:"); 0 (none) stays 0. */
export function maskSerialNumber(book: MaskBook, serial: number): number {
  return serial === 0 ? 0 : Number(book.mask('serial-number', String(serial), n => String(n)))
}

/** maskSerialText masks a monitor's printed serial (the EDID 0xFF text, X's "Serial No:") as serial-N; empty stays empty. */
export function maskSerialText(book: MaskBook, serial: string): string {
  return serial.trim() === '' ? serial : book.mask('serial-text', serial.trim(), n => `serial-${n}`)
}

function descriptorText(bytes: Uint8Array, offset: number): string {
  const raw = String.fromCharCode(...bytes.subarray(offset + 5, offset + 5 + TEXT_BYTES))
  const end = raw.indexOf('\n')
  return end === -1 ? raw : raw.slice(0, end)
}

function writeDescriptorText(bytes: Uint8Array, offset: number, text: string): void {
  const padded = (text + '\n').padEnd(TEXT_BYTES, ' ').slice(0, TEXT_BYTES)
  for (let index = 0; index < TEXT_BYTES; index++) bytes[offset + 5 + index] = padded.charCodeAt(index)
}

/** maskEdidBytes returns a copy of an EDID with its serials masked and the base block's checksum made right again; anything not an EDID is returned unchanged. */
export function maskEdidBytes(book: MaskBook, edid: Uint8Array): Uint8Array {
  if (edid.length < BLOCK_BYTES || Buffer.from(edid.subarray(0, 8)).toString('hex') !== HEADER) return edid
  const bytes = new Uint8Array(edid)
  const view = new DataView(bytes.buffer)
  view.setUint32(SERIAL_OFFSET, maskSerialNumber(book, view.getUint32(SERIAL_OFFSET, true)), true)
  for (const offset of DESCRIPTOR_OFFSETS) {
    const isSerialText = bytes[offset] === 0 && bytes[offset + 1] === 0 && bytes[offset + 2] === 0 && bytes[offset + 3] === SERIAL_TEXT_TAG
    if (isSerialText) writeDescriptorText(bytes, offset, maskSerialText(book, descriptorText(bytes, offset)))
  }
  const sum = bytes.subarray(0, BLOCK_BYTES - 1).reduce((total, value) => (total + value) & 0xff, 0)
  bytes[BLOCK_BYTES - 1] = (256 - sum) & 0xff
  return bytes
}

/** isEdidHex tells whether a string is a whole EDID written as hex (how the displays section keeps it). */
export function isEdidHex(text: string): boolean {
  return (
    text.length >= BLOCK_BYTES * 2 &&
    text.length % (BLOCK_BYTES * 2) === 0 &&
    text.toLowerCase().startsWith(HEADER) &&
    /^[0-9a-fA-F]+$/.test(text)
  )
}

/** maskEdidHex masks the serials of an EDID written as hex, keeping the letter case. */
export function maskEdidHex(book: MaskBook, hex: string): string {
  const masked = Buffer.from(maskEdidBytes(book, new Uint8Array(Buffer.from(hex, 'hex')))).toString('hex')
  return /[A-F]/.test(hex) ? masked.toUpperCase() : masked
}
