// The one way netdoc reads a file: regular files only (opened without blocking, so a pipe or a device put in its place can
// neither hang it nor flood it), at most a bound of bytes, its start or its end, and whether more was there.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'

/** MiB is a mebibyte, the unit every bound is stated in. */
export const MiB = 1024 * 1024

/** CHUNK_BYTES is how much one read takes (a file in /proc says its size is 0, so the size is never trusted). */
const CHUNK_BYTES = 64 * 1024

/** FileKind names what a path is when it is not a regular file. */
export type FileKind = 'a folder' | 'a pipe' | 'a socket' | 'a device' | 'not a regular file'

/** RegularRead is a regular file's bytes (its start, or with `keep: 'end'` its end), whether it went on past the bound (`cut`)
 * and its size when the file system says it; or the error code (ENOENT, EACCES… or ENOTREG with its kind) why it was not read. */
export type RegularRead =
  | {ok: true; bytes: Buffer; cut: boolean; totalBytes: number | null}
  | {ok: false; code: string; kind: FileKind | null; message: string}

/** kindOf names what a stat describes, when it is not a regular file. */
export function kindOf(stat: {
  isDirectory(): boolean
  isFIFO(): boolean
  isSocket(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
}): FileKind {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a pipe'
  if (stat.isSocket()) return 'a socket'
  return stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file'
}

/** readChunks reads the file in chunks, the first as big as the size the file states (sysfs says 4096) plus one byte, later ones
 * CHUNK_BYTES. Chunks are not zero-filled (Buffer.allocUnsafe: zero-filling 64 KiB twice per sysfs file cost `nics` 30 ms on
 * 24 ports); only the bytes read are ever seen, through subarray and the copy Buffer.concat makes. */
function readChunks(fd: number, maxBytes: number, keep: 'start' | 'end', sizeHint: number | null): {bytes: Buffer; cut: boolean} {
  const chunks: Buffer[] = []
  let held = 0
  let cut = false
  for (;;) {
    const wanted = held === 0 && sizeHint !== null ? Math.min(CHUNK_BYTES, sizeHint + 1) : CHUNK_BYTES
    const chunk = Buffer.allocUnsafe(keep === 'start' ? Math.min(wanted, maxBytes + 1 - held) : wanted)
    if (chunk.length === 0) break
    const got = readSync(fd, chunk, 0, chunk.length, null)
    if (got === 0) break
    chunks.push(chunk.subarray(0, got))
    held += got
    if (keep === 'start' && held > maxBytes) {
      cut = true
      break
    }
    if (keep === 'end' && held > 2 * maxBytes) {
      const tail = Buffer.concat(chunks).subarray(-maxBytes)
      chunks.splice(0, chunks.length, tail)
      held = tail.length
      cut = true
    }
  }
  const all = Buffer.concat(chunks)
  if (all.length > maxBytes) cut = true
  return {bytes: keep === 'start' ? all.subarray(0, maxBytes) : all.subarray(-maxBytes), cut}
}

/** readRegularFile reads at most `maxBytes` of a regular file, from its start (default) or its end (a log's newest lines). */
export function readRegularFile(path: string, maxBytes: number, keep: 'start' | 'end' = 'start'): RegularRead {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const failure = error as NodeJS.ErrnoException
    return {ok: false, code: failure.code ?? 'EIO', kind: failure.code === 'EISDIR' ? 'a folder' : null, message: failure.message}
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return {ok: false, code: 'ENOTREG', kind: kindOf(stat), message: `${path} is ${kindOf(stat)}, not a file`}
    const size = stat.size > 0 ? stat.size : null
    if (keep === 'end' && size !== null && size > maxBytes) {
      const bytes = Buffer.alloc(maxBytes)
      let length = 0
      while (length < maxBytes) {
        const got = readSync(fd, bytes, length, maxBytes - length, size - maxBytes + length)
        if (got === 0) break
        length += got
      }
      return {ok: true, bytes: bytes.subarray(0, length), cut: true, totalBytes: size}
    }
    return {ok: true, ...readChunks(fd, maxBytes, keep, size), totalBytes: size}
  } catch (error) {
    const failure = error as NodeJS.ErrnoException
    return {ok: false, code: failure.code ?? 'EIO', kind: failure.code === 'EISDIR' ? 'a folder' : null, message: failure.message}
  } finally {
    closeSync(fd)
  }
}
