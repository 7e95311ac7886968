// Redaction of a snapshot or any text: MACs keep their vendor, public addresses, host names, Wi-Fi names and serials get consistent masks.
import {fieldMatches, NAME_FIELDS, SSID_FIELDS} from './fields.js'
import {maskMacOctets} from './hardware.js'
import {maskFound, type Known} from './log-forms.js'
import {MaskBook} from './mask-book.js'
import {TextRedaction} from './text.js'

/** RedactorOptions name things to mask wherever they appear even when nothing in the text marks them (the machine's host name). */
export interface RedactorOptions {
  names?: string[]
  ssids?: string[]
}

/** Redactor masks values consistently: one original always gets one mask, across fields, log lines and calls. */
export interface Redactor {
  /** learn reads a value (JSON or text) without redacting it, so names and Wi-Fi names it reveals are masked everywhere later. */
  learn(value: unknown): void
  /** redactText learns from the text, then returns it with every secret masked. */
  redactText(text: string): string
  /** redactValue learns from the whole value, then returns a deep copy with every string (and data-carrying object key) redacted. */
  redactValue<T>(value: T): T
}

const SCHEMA_KEY = /^[A-Za-z_$][\w$]*$/
const SINGLE_VALUE = /^\S+$/

/** createRedactor starts a redaction whose masks stay the same for as long as the redactor lives. Each call reads its input once to learn (names and Wi-Fi names revealed anywhere, originals no mask may equal), then redacts. */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const book = new MaskBook()
  const known: Known = {names: new Set(), ssids: new Set()}
  const text = new TextRedaction(book, known)
  for (const name of options.names ?? []) maskFound(book, known, 'name', name)
  for (const ssid of options.ssids ?? []) maskFound(book, known, 'ssid', ssid)

  const redactString = (redaction: TextRedaction, value: string, path: string[]): string => {
    if (SSID_FIELDS.some(field => fieldMatches(path, field))) return redaction.found('ssid', value)
    if (SINGLE_VALUE.test(value) && NAME_FIELDS.some(field => fieldMatches(path, field))) return redaction.found('name', value)
    return redaction.redact(value)
  }

  const walk = (redaction: TextRedaction, value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') return redactString(redaction, value, path)
    if (Array.isArray(value)) return value.map(item => walk(redaction, item, path))
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        SCHEMA_KEY.test(key) ? key : redaction.redact(key),
        walk(redaction, item, [...path, key]),
      ]),
    )
  }

  const learn = (value: unknown): void => {
    const scratch = new MaskBook()
    walk(new TextRedaction(scratch, known, true), value, [])
    book.reserveOriginalsOf(scratch)
    for (const [mac] of scratch.entries('mac'))
      maskMacOctets(
        book,
        mac.split(':').map(octet => parseInt(octet, 16)),
      )
  }

  return {
    learn,
    redactText: value => {
      learn(value)
      return text.redact(value)
    },
    redactValue: <T>(value: T): T => {
      learn(value)
      return walk(text, value, []) as T
    },
  }
}
