// The one place where text that came from outside (the LAN, a log, a pasted message, a snapshot) is made printable before a
// terminal or a page shows it: control characters, escape sequences and bidirectional overrides are shown visibly (\x1b, \u202e).

/** UNPRINTABLE matches what a terminal or a reader would act on instead of showing: C0 and C1 controls (ESC starts OSC 52
 * clipboard writes and screen clears), DEL, line and paragraph separators, bidirectional overrides and invisible marks. */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u061c\u200b\u200c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g

const NAMED: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'}

function visible(char: string): string {
  const code = char.charCodeAt(0)
  return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
}

/** printable shows every control character, escape sequence and bidirectional override in `text` as visible text (ESC as \x1b,
 * a newline as \n), so a value can never act on the terminal or forge a line of its own. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, visible)
}

/** printableDeep returns `value` with every string in it (in arrays and plain objects, at any depth) made printable. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map(item => printableDeep(item)) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [printable(key), printableDeep(item)])) as T
  return value
}

/** JSON_UNSAFE is what JSON.stringify leaves raw but a terminal showing the JSON would act on: C1 controls, DEL, separators, overrides. */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u200b\u200c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g

/** jsonText is `value` as indented JSON in which every character a terminal would act on is a \u escape (the same JSON value). */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
