// Reading files and streams a person hands netdoc (--from, --file, --answers, standard input): regular files only, read in
// chunks up to a size bound, so a device such as /dev/zero or a huge file can neither hang netdoc nor fill its memory.
import {closeSync, fstatSync, openSync, readSync, statSync, constants} from 'node:fs'

/** MiB is a mebibyte, the unit every bound here is stated in. */
export const MiB = 1024 * 1024

/** CHUNK_BYTES is how much one read takes (a file in /proc says its size is 0, so the size is never trusted). */
const CHUNK_BYTES = 64 * 1024

/** BoundedBytes is what was read, and whether the input went on past the bound (`cut`), with its full size when known. */
export interface BoundedBytes {
  bytes: Buffer
  cut: boolean
  totalBytes: number | null
}

/** ReadOutcome is the bytes read, or the one line saying why the input cannot be read. */
export type ReadOutcome = {ok: true; read: BoundedBytes} | {ok: false; error: string}

function describeKind(stat: {isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a pipe'
  if (stat.isSocket()) return 'a socket'
  return stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file'
}

function errnoLine(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${path} does not exist`
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be read (permission denied); try with sudo, or copy it somewhere readable`
  return `${path} cannot be read: ${(error as Error).message}`
}

/** inputFileProblem says why `path` cannot be read as an input file (missing, unreadable, a folder, a device or a pipe), or null. */
export function inputFileProblem(path: string): string | null {
  try {
    const stat = statSync(path)
    if (stat.isFile()) return null
    return `${path} is ${describeKind(stat)}, not a file${stat.isFIFO() || stat.isCharacterDevice() ? ' (give text on standard input with `-` instead)' : ''}`
  } catch (error) {
    return errnoLine(path, error)
  }
}

/** readBoundedFile reads at most `maxBytes` of a regular file (opened without blocking, so a pipe swapped in cannot hang it). */
export function readBoundedFile(path: string, maxBytes: number): ReadOutcome {
  const problem = inputFileProblem(path)
  if (problem) return {ok: false, error: problem}
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return {ok: false, error: errnoLine(path, error)}
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return {ok: false, error: `${path} is ${describeKind(stat)}, not a file`}
    const chunks: Buffer[] = []
    let length = 0
    while (length <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - length))
      const got = readSync(fd, chunk, 0, chunk.length, null)
      if (got === 0) break
      chunks.push(chunk.subarray(0, got))
      length += got
    }
    const bytes = Buffer.concat(chunks)
    return {ok: true, read: {bytes: bytes.subarray(0, maxBytes), cut: bytes.length > maxBytes, totalBytes: stat.size > 0 ? stat.size : null}}
  } catch (error) {
    return {ok: false, error: errnoLine(path, error)}
  } finally {
    closeSync(fd)
  }
}

/** readBoundedStream reads a stream (standard input) up to `maxBytes`, then stops reading it: the rest is left unread, and `cut` says so. */
export async function readBoundedStream(stream: NodeJS.ReadableStream, maxBytes: number, what: string): Promise<ReadOutcome> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      chunks.push(buffer)
      size += buffer.length
      if (size > maxBytes) {
        ;(stream as NodeJS.ReadableStream & {destroy?: () => void}).destroy?.()
        return {ok: true, read: {bytes: Buffer.concat(chunks).subarray(0, maxBytes), cut: true, totalBytes: null}}
      }
    }
  } catch (error) {
    return {ok: false, error: `${what} cannot be read: ${(error as Error).message}`}
  }
  return {ok: true, read: {bytes: Buffer.concat(chunks), cut: false, totalBytes: size}}
}
