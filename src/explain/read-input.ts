// Reads the text `netdoc explain` is given: an argument, stdin (`-`), or a file; unreadable input is a value, not a throw.
import {readFileSync, statSync} from 'node:fs'

/** InputResult is the text to explain, or a one-line reason it cannot be used (exit code 2). */
export type InputResult = {ok: true; text: string} | {ok: false; error: string}

const MAX_BYTES = 256 * 1024 * 1024

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
  if (looksBinary(bytes)) return {ok: false, error: `${what} is binary, not text; give the text the screen shows, or a text log (e.g. journalctl -b -k > log.txt)`}
  const text = new TextDecoder('utf-8').decode(bytes)
  if (text.trim() === '') return {ok: false, error: `${what} is empty; give the message text, e.g. netdoc explain "ping: connect: Network is unreachable"`}
  return {ok: true, text}
}

function cannotRead(path: string, error: unknown): InputResult {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, error: `${path} does not exist`}
  if (code === 'EACCES' || code === 'EPERM') return {ok: false, error: `${path} cannot be read (permission denied); try with sudo, or copy it somewhere readable`}
  if (code === 'EISDIR') return {ok: false, error: `${path} is a directory; give a file, e.g. --file /var/log/Xorg.0.log`}
  return {ok: false, error: `${path} cannot be read: ${(error as Error).message}`}
}

/** readInputFile reads a file the user named with --file. */
export function readInputFile(path: string): InputResult {
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return cannotRead(path, Object.assign(new Error('is a directory'), {code: 'EISDIR'}))
    if (stat.size > MAX_BYTES) return {ok: false, error: `${path} is larger than ${MAX_BYTES / 1024 / 1024} MiB; give the part around the problem`}
    return textFromBytes(readFileSync(path), path)
  } catch (error) {
    return cannotRead(path, error)
  }
}

/** readStdin reads all of standard input (a pipe, a redirected file, or text pasted and ended with Ctrl-D). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<InputResult> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buffer.length
      if (size > MAX_BYTES) return {ok: false, error: `standard input is larger than ${MAX_BYTES / 1024 / 1024} MiB; give the part around the problem`}
      chunks.push(buffer)
    }
  } catch (error) {
    return {ok: false, error: `standard input cannot be read: ${(error as Error).message}`}
  }
  return textFromBytes(Buffer.concat(chunks), 'standard input')
}
