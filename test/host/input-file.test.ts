// Files and streams a person hands netdoc are read up to a bound: regular files only, never more than asked, and it says when it cut.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {inputFileProblem, readBoundedFile, readBoundedStream} from '../../src/host/input-file.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-input-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('readBoundedFile', () => {
  it('reads a file whole when it fits, and only the bound when it does not, saying it cut', () => {
    const path = join(dir, 'log.txt')
    writeFileSync(path, 'x'.repeat(300_000))
    const whole = readBoundedFile(path, 1_000_000)
    expect(whole).toMatchObject({ok: true, read: {cut: false, totalBytes: 300_000}})
    const cut = readBoundedFile(path, 100_000)
    expect(cut.ok && cut.read.bytes.length).toBe(100_000)
    expect(cut.ok && cut.read.cut).toBe(true)
  })

  it('reads a /proc file, whose size says 0, all the same', () => {
    const status = readBoundedFile('/proc/self/status', 1_000_000)
    expect(status.ok && status.read.bytes.toString()).toMatch(/^Name:/)
  })

  it('refuses a device, a folder and a missing file in one line, before reading anything', () => {
    expect(inputFileProblem('/dev/zero')).toBe('/dev/zero is a device, not a file (give text on standard input with `-` instead)')
    expect(inputFileProblem(dir)).toBe(`${dir} is a folder, not a file`)
    expect(inputFileProblem(join(dir, 'none'))).toBe(`${join(dir, 'none')} does not exist`)
    expect(readBoundedFile('/dev/zero', 10)).toEqual({
      ok: false,
      error: '/dev/zero is a device, not a file (give text on standard input with `-` instead)',
    })
  })
})

describe('readBoundedStream', () => {
  it('stops reading an endless stream at the bound', async () => {
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(65_536))
      },
    })
    const read = await readBoundedStream(endless, 1_000_000, 'standard input')
    expect(read.ok && read.read.bytes.length).toBe(1_000_000)
    expect(read.ok && read.read.cut).toBe(true)
  })

  it('reads a short stream whole', async () => {
    expect(await readBoundedStream(Readable.from([Buffer.from('a'), Buffer.from('b')]), 10, 'x')).toEqual({
      ok: true,
      read: {bytes: Buffer.from('ab'), cut: false, totalBytes: 2},
    })
  })
})
