// Turns a program's own printf format string (as written in its C source) into a regular expression that matches every line
// the program can print with it: literal text stays literal, each conversion becomes what it can print, named when asked.
import {escapeRegExp} from '../text/patterns.js'

/** CONVERSION finds one printf conversion: glibc's flags, width, precision and length, the kernel's %p extensions, pppd's own
 * %q (quoted), %v (visible), %I (IPv4 address), %B (bytes) and %t (time), Go's %v, %q and %w (a wrapped error), and %%. */
const CONVERSION =
  /%%|%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?(?:hh|h|ll|l|j|z|Z|t|L|q)?(?:p[a-zA-Z][a-zA-Z0-9]*|[diouxXeEfFgGaAcspmqvIBtw])/g

/** CAPTURE_NAME is how an argument names its capture group; `_` leaves the conversion unnamed, `=text` puts a fixed text there. */
export const CAPTURE_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/

/** conversionsOf lists a format's conversions in order, %% left out (it prints a percent sign and takes no argument). */
export function conversionsOf(format: string): string[] {
  return [...format.matchAll(CONVERSION)].map(match => match[0]).filter(conversion => conversion !== '%%')
}

/** CLOSERS are the characters that end a parenthesised or quoted conversion (`(%s)`, `'%s'`, `"%s"`): what is printed inside holds
 * none of them, so the conversion reads up to the first without trying every length (which on a long line of parentheses takes
 * time without bound). Square brackets are not among them: NetworkManager prints `[%s]` around text that holds its own. */
const CLOSERS = ')\'"'

/** printedBy is a regular expression (source) for what one conversion prints; `last` is the format's final conversion at its end,
 * `before` the character the format goes on with after it. */
function printedBy(conversion: string, last: boolean, before: string): string {
  const kind = conversion.at(-1)!
  const pointer = /p([a-zA-Z][a-zA-Z0-9]*)$/.exec(conversion)?.[1]
  const text = last ? '.*' : CLOSERS.includes(before) && before !== '' ? `[^${escapeRegExp(before)}\\n]*` : '.*?'
  if (pointer !== undefined) {
    if (/^[Mm][FR]?$/.test(pointer)) return '[0-9a-f]{2}(?:[:-]?[0-9a-f]{2}){5}' // %pM: a MAC address
    if (/^[iI]4/.test(pointer)) return '\\d{1,3}(?:\\.\\d{1,3}){3}' // %pI4
    if (/^[iI]6/.test(pointer)) return '[0-9a-f:.]+' // %pI6, %pI6c
    return text // %pV, %pe, %pOF, %pa…: some text
  }
  if ('di'.includes(kind)) return '[-+ ]?\\d+'
  if ('u'.includes(kind)) return '\\d+'
  if ('xX'.includes(kind)) return '(?:0x)?[0-9a-f]+'
  if (kind === 'o') return '[0-7]+'
  if ('eEfFgGaA'.includes(kind)) return '[-+]?[\\d.]+(?:e[-+]?\\d+)?|[-+]?(?:inf|nan)'
  if (kind === 'c') return '.'
  if (kind === 'I') return '\\d{1,3}(?:\\.\\d{1,3}){3}' // pppd's %I: an IPv4 address
  return text // %s, %m (strerror), %p, pppd's %q %v %B %t, Go's %v %q %w
}

/** FormatProblem says why a format and its arguments do not make a pattern. */
export class FormatProblem extends Error {}

/** formatPattern makes the regular expression source for a printf format: `args` gives each conversion a capture name, `_` for
 * none, or `=text` for the fixed text it prints in the message wanted (e.g. `=No route to host` for a strerror %s). Runs of blanks
 * match one or more blanks; a trailing newline is dropped. */
export function formatPattern(format: string, args: readonly string[] = []): string {
  const text = format.replace(/(?:\\n|\n)+$/, '')
  const conversions = [...text.matchAll(CONVERSION)]
  const taking = conversions.filter(match => match[0] !== '%%')
  if (args.length > taking.length) throw new FormatProblem(`has ${taking.length} conversion(s) but ${args.length} argument(s) are given`)
  // A run of blanks is `[ \t]+`, but one blank beside a conversion: a lazy `.*?` next to `[ \t]+` could split a run of blanks
  // between them in every way, and a line of blanks would take time without bound.
  const literal = (part: string, afterConversion: boolean, beforeConversion: boolean) =>
    escapeRegExp(part).replace(/[ \t]+/g, (blanks, at: number, whole: string) =>
      (afterConversion && at === 0) || (beforeConversion && at + blanks.length === whole.length) ? '[ \\t]' : '[ \\t]+',
    )
  let source = ''
  let at = 0
  let taken = 0
  let afterConversion = false
  for (const match of conversions) {
    source += literal(text.slice(at, match.index), afterConversion, match[0] !== '%%')
    afterConversion = match[0] !== '%%'
    at = match.index + match[0].length
    if (match[0] === '%%') {
      source += '%'
      continue
    }
    const arg = args[taken++] ?? '_'
    if (arg.startsWith('=')) source += literal(arg.slice(1), false, false)
    else if (arg === '_' && match.index === 0)
      continue // an unnamed conversion that starts the format constrains nothing
    else {
      const printed = printedBy(match[0], at === text.length, text.charAt(at))
      if (arg === '_') source += `(?:${printed})`
      else if (CAPTURE_NAME.test(arg)) source += `(?<${arg}>${printed})`
      else throw new FormatProblem(`argument "${arg}" is neither a capture name, "_", nor "=text"`)
    }
  }
  return source + literal(text.slice(at), afterConversion, false)
}

/** formatKeyword is the longest run of literal text in a format (lower-case, ASCII, at least four characters), the word the
 * keyword prefilter looks for; null when the format has none long enough. */
export function formatKeyword(format: string, args: readonly string[] = []): string | null {
  let taken = 0
  const pieces = format
    .replace(/(?:\\n|\n)+$/, '')
    .replace(CONVERSION, conversion => {
      if (conversion === '%%') return '%'
      const arg = args[taken++] ?? '_'
      return arg.startsWith('=') ? arg.slice(1) : '\0'
    })
    .split('\0')
    .map(piece =>
      piece
        .replace(/^[\s:;,]+|[\s:;,]+$/g, '')
        .replace(/[ \t]+/g, ' ')
        .toLowerCase(),
    )
    .filter(piece => /^[\x20-\x7e]{4,}$/.test(piece))
  if (pieces.length === 0) return null
  return pieces.reduce((longest, piece) => (piece.length > longest.length ? piece : longest))
}
