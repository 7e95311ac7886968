// Reads the text `netdoc explain` is given: an argument, stdin (`-`), or a file; unreadable input is a value, not a throw.
import {MiB, readBoundedFile, readBoundedStream, type BoundedBytes} from '../host/input-file.js'

/** InputResult is the text to explain (with a note when only its start was read), or a one-line reason it cannot be used (exit 2). */
export type InputResult = {ok: true; text: string; note?: string} | {ok: false; error: string}

/** MAX_BYTES bounds what explain reads: a log of this size takes a few seconds; beyond it, only the start is read, and it says so. */
export const MAX_BYTES = 64 * MiB

/** looksBinary tells whether bytes are not text: a NUL byte, or many bytes that are not valid UTF-8, in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024)
  if (head.includes(0)) return true
  const decoded = new TextDecoder('utf-8').decode(head)
  const replaced = decoded.split('\uFFFD').length - 1
  return replaced > 8 && replaced > decoded.length / 100
}

/** textFromBytes turns input bytes into text, or says why they are not explainable text. */
export function textFromBytes(bytes: Uint8Array, what: string): InputResult {
  if (looksBinary(bytes))
    return {
      ok: false,
      error: `${what} is binary, not text; give the text the screen shows, or a text log (e.g. journalctl -b -k > log.txt)`,
    }
  const text = new TextDecoder('utf-8').decode(bytes)
  if (text.trim() === '')
    return {ok: false, error: `${what} is empty; give the message text, e.g. netdoc explain "ping: connect: Network is unreachable"`}
  return {ok: true, text}
}

function withNote(bytes: BoundedBytes, what: string): InputResult {
  const text = textFromBytes(bytes.bytes, what)
  if (!text.ok || !bytes.cut) return text
  const total = bytes.totalBytes === null ? '' : ` of ${(bytes.totalBytes / MiB).toFixed(0)} MiB`
  return {...text, note: `read only the first ${MAX_BYTES / MiB} MiB${total} of ${what}; the rest was not read`}
}

/** readInputFile reads a file the user named with --file: a regular file, its first MAX_BYTES when it is larger (with a note). */
export function readInputFile(path: string): InputResult {
  const read = readBoundedFile(path, MAX_BYTES)
  return read.ok ? withNote(read.read, path) : read
}

/** readStdin reads standard input (a pipe, a redirected file, or text pasted and ended with Ctrl-D), its first MAX_BYTES at most. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<InputResult> {
  const read = await readBoundedStream(stream, MAX_BYTES, 'standard input')
  return read.ok ? withNote(read.read, 'standard input') : read
}
