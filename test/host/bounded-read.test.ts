// readRegularFile: what a file holds, never more than the bound, from its start or its end; sysfs and procfs files that state a
// size other than what they hold are read whole.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readRegularFile} from '../../src/host/bounded-read.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-read-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('readRegularFile', () => {
  it('reads a small file, a file larger than a chunk, and an empty one exactly', () => {
    const big = 'x'.repeat(200_000) + 'end'
    expect(readRegularFile(file('small', 'eth0\n'), 1000)).toMatchObject({ok: true, cut: false, totalBytes: 5})
    const small = readRegularFile(join(dir, 'small'), 1000)
    expect(small.ok && small.bytes.toString()).toBe('eth0\n')
    const read = readRegularFile(file('big', big), 1_000_000)
    expect(read.ok && read.bytes.toString()).toBe(big)
    const empty = readRegularFile(file('empty', ''), 1000)
    expect(empty.ok && empty.bytes.length).toBe(0)
  })

  it('keeps the start or the end up to the bound, and says it cut', () => {
    const path = file('log', 'a'.repeat(100) + 'b'.repeat(100))
    const start = readRegularFile(path, 150)
    expect(start.ok && [start.bytes.toString(), start.cut]).toEqual(['a'.repeat(100) + 'b'.repeat(50), true])
    const end = readRegularFile(path, 150, 'end')
    expect(end.ok && [end.bytes.toString(), end.cut]).toEqual(['a'.repeat(50) + 'b'.repeat(100), true])
  })

  it('reads a procfs file that states no size, and a sysfs one that states 4096, whole', () => {
    const version = readRegularFile('/proc/version', 4096)
    expect(version.ok && version.bytes.toString()).toMatch(/^Linux version /)
    const mtu = readRegularFile('/sys/class/net/lo/mtu', 4096)
    expect(mtu.ok && mtu.bytes.toString()).toMatch(/^\d+\n$/)
  })
})
