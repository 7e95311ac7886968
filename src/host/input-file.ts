// Reading files and streams a person hands netdoc (--from, --file, --answers, standard input): regular files only, read in
// chunks up to a size bound, so a device such as /dev/zero or a huge file can neither hang netdoc nor fill its memory.
import {statSync} from 'node:fs'
import {kindOf, MiB, readRegularFile} from './bounded-read.js'

export {MiB}

/** BoundedBytes is what was read, and whether the input went on past the bound (`cut`), with its full size when known. */
export interface BoundedBytes {
  bytes: Buffer
  cut: boolean
  totalBytes: number | null
}

/** ReadOutcome is the bytes read, or the one line saying why the input cannot be read. */
export type ReadOutcome = {ok: true; read: BoundedBytes} | {ok: false; error: string}

function errnoLine(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${path} does not exist`
  if (code === 'EACCES' || code === 'EPERM')
    return `${path} cannot be read (permission denied); try with sudo, or copy it somewhere readable`
  return `${path} cannot be read: ${(error as Error).message}`
}

/** inputFileProblem says why `path` cannot be read as an input file (missing, unreadable, a folder, a device or a pipe), or null. */
export function inputFileProblem(path: string): string | null {
  try {
    const stat = statSync(path)
    if (stat.isFile()) return null
    return `${path} is ${kindOf(stat)}, not a file${stat.isFIFO() || stat.isCharacterDevice() ? ' (give text on standard input with `-` instead)' : ''}`
  } catch (error) {
    return errnoLine(path, error)
  }
}

/** readBoundedFile reads at most `maxBytes` of a regular file (opened without blocking, so a pipe swapped in cannot hang it). */
export function readBoundedFile(path: string, maxBytes: number): ReadOutcome {
  const problem = inputFileProblem(path)
  if (problem) return {ok: false, error: problem}
  const read = readRegularFile(path, maxBytes)
  if (!read.ok)
    return {ok: false, error: read.kind ? `${path} is ${read.kind}, not a file` : errnoLine(path, {code: read.code, message: read.message})}
  return {ok: true, read: {bytes: read.bytes, cut: read.cut, totalBytes: read.totalBytes}}
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
