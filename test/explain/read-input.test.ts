// Input that cannot be explained (missing file, directory, binary, empty) becomes a one-line reason, never a throw.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {looksBinary, readInputFile, readStdin, textFromBytes} from '../../src/explain/read-input.js'

const directory = mkdtempSync(join(tmpdir(), 'netdoc-explain-input-'))
afterAll(() => rmSync(directory, {recursive: true, force: true}))

describe('looksBinary and textFromBytes', () => {
  it('takes UTF-8 text, including non-ASCII, as text', () => {
    const bytes = new TextEncoder().encode('Jan 1 00:00:00 hôte dhclient[1]: No DHCPOFFERS received.\n')
    expect(looksBinary(bytes)).toBe(false)
    expect(textFromBytes(bytes, 'x')).toEqual({ok: true, text: 'Jan 1 00:00:00 hôte dhclient[1]: No DHCPOFFERS received.\n'})
  })

  it('refuses bytes with NULs (a journal file, an image) in one line', () => {
    const result = textFromBytes(new Uint8Array([0x4c, 0x50, 0x4b, 0x53, 0, 0, 1, 2]), 'system.journal')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(/^system\.journal is binary, not text/)
      expect(result.error).not.toContain('\n')
    }
  })

  it('refuses bytes that are mostly not UTF-8', () => {
    const noise = new Uint8Array(4096).map((_, i) => 0x80 + (i % 64))
    expect(looksBinary(noise)).toBe(true)
  })

  it('refuses empty and blank input', () => {
    expect(textFromBytes(new Uint8Array(), 'standard input')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^standard input is empty/),
    })
    expect(textFromBytes(new TextEncoder().encode(' \n\t\n'), 'x')).toMatchObject({ok: false})
  })
})

describe('readInputFile', () => {
  it('reads a text file', () => {
    const path = join(directory, 'Xorg.0.log')
    writeFileSync(path, '[    27.093] (EE) no screens found(EE)\n')
    expect(readInputFile(path)).toEqual({ok: true, text: '[    27.093] (EE) no screens found(EE)\n'})
  })

  it('says a missing file does not exist', () => {
    expect(readInputFile(join(directory, 'missing.log'))).toEqual({ok: false, error: `${join(directory, 'missing.log')} does not exist`})
  })

  it('says a folder is a folder', () => {
    expect(readInputFile(directory)).toMatchObject({ok: false, error: expect.stringContaining('is a folder, not a file')})
  })

  it('refuses a binary file', () => {
    const path = join(directory, 'system.journal')
    writeFileSync(path, Buffer.from([0x4c, 0x50, 0x4b, 0x53, 0x48, 0x48, 0x52, 0x48, 0, 0, 0, 0]))
    expect(readInputFile(path)).toMatchObject({ok: false, error: expect.stringContaining('is binary')})
  })
})

describe('readStdin', () => {
  it('reads everything from a stream in chunks', async () => {
    expect(await readStdin(Readable.from([Buffer.from('ping: connect: '), Buffer.from('Network is unreachable\n')]))).toEqual({
      ok: true,
      text: 'ping: connect: Network is unreachable\n',
    })
  })

  it('refuses an empty stream', async () => {
    expect(await readStdin(Readable.from([]))).toMatchObject({ok: false, error: expect.stringMatching(/^standard input is empty/)})
  })
})
