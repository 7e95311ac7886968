// A small PNG reader for screenshots: 8-bit RGB/RGBA, non-interlaced, as Chromium writes them.
import {inflateSync} from 'node:zlib'

/** Picture is a decoded image: width, height, and RGBA bytes row by row. */
export interface Picture {
  width: number
  height: number
  rgba: Uint8Array
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** readPng decodes a PNG file's bytes; it throws on anything but 8-bit RGB/RGBA without interlacing. */
export function readPng(bytes: Buffer): Picture {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG')
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const data: Buffer[] = []
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const body = bytes.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [depth, color, , , interlace] = [body[8], body[9], body[10], body[11], body[12]]
      if (depth !== 8 || (color !== 2 && color !== 6) || interlace !== 0) throw new Error('unsupported PNG layout')
      channels = color === 2 ? 3 : 4
    } else if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const out = new Uint8Array(width * height * 4)
  let previous = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const row = new Uint8Array(stride)
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? row[i - channels]! : 0
      const up = previous[i]!
      const upLeft = i >= channels ? previous[i - channels]! : 0
      const value = line[i]!
      row[i] =
        (filter === 0
          ? value
          : filter === 1
            ? value + left
            : filter === 2
              ? value + up
              : filter === 3
                ? value + ((left + up) >> 1)
                : value + paeth(left, up, upLeft)) & 0xff
    }
    for (let x = 0; x < width; x++) {
      out.set(
        [row[x * channels]!, row[x * channels + 1]!, row[x * channels + 2]!, channels === 4 ? row[x * channels + 3]! : 255],
        (y * width + x) * 4,
      )
    }
    previous = row
  }
  return {width, height, rgba: out}
}

/** countColor counts the pixels within `tolerance` of an RGB colour given as #rrggbb. */
export function countColor(picture: Picture, hex: string, tolerance = 12): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16))
  let count = 0
  for (let i = 0; i < picture.rgba.length; i += 4) {
    if (
      Math.abs(picture.rgba[i]! - r!) <= tolerance &&
      Math.abs(picture.rgba[i + 1]! - g!) <= tolerance &&
      Math.abs(picture.rgba[i + 2]! - b!) <= tolerance
    )
      count++
  }
  return count
}
