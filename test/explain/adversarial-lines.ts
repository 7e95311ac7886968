// Builds the lines most likely to make a catalog pattern backtrack: its keywords and literal pieces repeated, long runs of the
// characters its quantified parts take, and its real samples cut short and pumped, each line about `length` characters long.

/** PALETTE is what runs are made of: every character class of a pattern takes some of these. */
const PALETTE = [
  'a',
  'Z',
  '0',
  '9',
  ' ',
  '\t',
  '.',
  ':',
  '-',
  '_',
  '/',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  ',',
  '=',
  '@',
  '%',
  '#',
  '!',
  '<',
  '>',
  '|',
  '+',
  '*',
]

/** CLASS is a character class, an escape standing for one, or `.`, in a pattern's source; any other escape (`\\[`, `\\.`) is
 * read too, so that an escaped bracket never starts a class, and then left out. */
const CLASS = /\\[dDwWsS]|\\.|\[(?:\\.|[^\]\\])*\]|\./g

/** runCharacters lists the palette characters the pattern's character classes take, so runs of them feed its quantifiers. */
export function runCharacters(pattern: string): string[] {
  const classes = [...pattern.matchAll(CLASS)]
    .filter(match => !/^\\[^dDwWsS]/.test(match[0]))
    .map(match => new RegExp(`^${match[0]}$`, 'i'))
  const taken = PALETTE.filter(char => classes.some(matcher => matcher.test(char)))
  return taken.length > 0 ? taken : ['a', ' ']
}

/** literalPieces lists the runs of literal text in a pattern's source ("reply from", "[", "ms"), escapes resolved. */
export function literalPieces(pattern: string): string[] {
  const pieces: string[] = []
  let piece = ''
  const flush = () => {
    if (piece.trim().length >= 2) pieces.push(piece)
    piece = ''
  }
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at]!
    if (char === '\\') {
      const next = pattern[at + 1] ?? ''
      at++
      if (/[dDwWsSbB]/.test(next) || /\d/.test(next)) flush()
      else piece += next === 'n' ? '\n' : next === 't' ? '\t' : next
    } else if ('[(){}|?*+^$.'.includes(char)) {
      flush()
      if (char === '[') at = pattern.indexOf(']', at + 2)
      if (char === '{') at = pattern.indexOf('}', at)
      const group = char === '(' ? /^\(\?(?:<[A-Za-z_]\w*>|<[=!]|[:=!])/.exec(pattern.slice(at, at + 40)) : null
      if (group) at += group[0].length - 1
    } else {
      piece += char
    }
  }
  flush()
  return pieces
}

function repeatTo(piece: string, length: number): string {
  return piece.length === 0 ? '' : piece.repeat(Math.max(1, Math.ceil(length / piece.length))).slice(0, length)
}

/** AdversarialLine is one way of building a hostile line for a pattern, at any length. */
export interface AdversarialLine {
  /** shape says how the line is made, e.g. `keyword + run of "("`. */
  shape: string
  line: (length: number) => string
}

/** adversarialLines lists, for one pattern (its source, its entry's keywords and real samples), the lines most likely to make
 * it backtrack: each holds a keyword (so the keyword scanner hands it to the pattern) within its first few characters. */
export function adversarialLines(pattern: string, keywords: readonly string[], samples: readonly string[]): AdversarialLine[] {
  const keyword = keywords[0] ?? ''
  const runs = runCharacters(pattern)
  const pieces = [...new Set([...literalPieces(pattern), ...keywords])]
  const lines: AdversarialLine[] = []
  const add = (shape: string, line: (length: number) => string) => lines.push({shape, line})
  for (const char of runs) {
    add(`keyword, a run of ${JSON.stringify(char)}`, length => `${keyword} ${repeatTo(char, length)}`)
    add(`keyword, a run of ${JSON.stringify(char)}, x`, length => `${keyword}${repeatTo(char, length)}x`)
  }
  for (const piece of pieces) {
    add(`keyword, ${JSON.stringify(piece)} repeated`, length => `${keyword} ${repeatTo(piece, length)}`)
    for (const char of [' ', ...runs.slice(0, 6)])
      add(`keyword, ${JSON.stringify(piece + char)} repeated`, length => `${keyword} ${repeatTo(`${piece}${char}`, length)}`)
  }
  for (const char of ['', ' ', ...runs.slice(0, 6)])
    for (let count = 2; count <= pieces.length; count++) {
      const start = pieces.slice(0, count).join(char) + char
      add(
        `keyword, the first ${count} pieces joined by ${JSON.stringify(char)}, repeated`,
        length => `${keyword} ${repeatTo(start, length)}`,
      )
    }
  for (const sample of samples) {
    for (const share of [0.25, 0.5, 0.75, 0.9]) {
      const start = sample.slice(0, Math.max(1, Math.floor(sample.length * share)))
      add(`keyword, ${JSON.stringify(start)} repeated`, length => `${keyword} ${repeatTo(start, length)}`)
    }
    for (let at = 0; at < sample.length; at += Math.max(1, Math.floor(sample.length / 6))) {
      const char = sample[at]!
      add(
        `a sample with its ${JSON.stringify(char)} at ${at} pumped`,
        length => `${sample.slice(0, at)}${repeatTo(char, length)}${sample.slice(at + 1)}`,
      )
      add(
        `a sample cut after its ${JSON.stringify(char)} at ${at} pumped, keyword`,
        length => `${sample.slice(0, at)}${repeatTo(char, length)} ${keyword}`,
      )
    }
  }
  return lines
}
