// Finds which of many literal keywords occur in each line of a text: an Aho–Corasick automaton (ASCII, ignoring case) lists every
// keyword on every line in one pass over the text.

const ASCII = 128

/** foldCase folds an ASCII upper-case letter to lower case and leaves every other character code as it is. */
function foldCase(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** LineScan is one pass over a whole text by KeywordScanner.scanLines. */
export interface LineScan {
  /** lineStarts holds the offset where each line starts; there are as many lines as entries. */
  lineStarts: number[]
  /** nonBlank counts the lines holding more than blanks. */
  nonBlank: number
  /** keywordsByLine maps a 0-based line number to the keywords on it, for the lines holding any, in line order. */
  keywordsByLine: Map<number, number[]>
}

/** KeywordScanner finds the keywords (lower-case ASCII) a text contains, ignoring ASCII case, in time linear in the text;
 * the automaton's transitions are worked out lazily, so building it costs only the length of the keywords. */
export class KeywordScanner {
  /** symbols maps an ASCII code to the automaton's symbol: 1… for the characters the keywords use (an upper-case letter to its
   * lower case's), 0 for any other. */
  private readonly symbols = new Uint8Array(ASCII)
  /** width is the number of symbols, the "other" one included. */
  private readonly width: number
  /** edges is the trie of the keywords: the child each state has for each symbol (0: none, as the root is nobody's child). */
  private readonly edges: Int32Array
  private readonly fail: Int32Array
  /** next memoises transitions as the state plus one (0: not worked out yet), so each is found through the fail links only once. */
  private readonly next: Int32Array
  private readonly outputs: (number[] | undefined)[]
  private readonly stamps: Uint32Array
  private stamp = 0

  constructor(keywords: readonly string[]) {
    const {symbols} = this
    let width = 1
    let length = 0
    for (const keyword of keywords) {
      length += keyword.length
      for (let i = 0; i < keyword.length; i++) {
        const code = foldCase(keyword.charCodeAt(i))
        if (code < ASCII && symbols[code] === 0) {
          symbols[code] = width++
          if (code >= 97 && code <= 122) symbols[code - 32] = symbols[code]! // upper case reads as lower case
        }
      }
    }
    this.width = width
    const edges = new Int32Array((length + 1) * width)
    /** parents, codes and depths say, for each state, the state it hangs from, on which symbol, and how deep it is. */
    const parents = new Int32Array(length + 1)
    const codes = new Int32Array(length + 1)
    const depths = new Int32Array(length + 1)
    const own: (number[] | undefined)[] = [undefined]
    let states = 1
    let deepest = 0
    keywords.forEach((keyword, index) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const folded = foldCase(keyword.charCodeAt(i))
        const code = folded < ASCII ? symbols[folded]! : 0
        const at = state * width + code
        if (edges[at] === 0) {
          edges[at] = states
          parents[states] = state
          codes[states] = code
          depths[states] = depths[state]! + 1
          deepest = Math.max(deepest, depths[states]!)
          own.push(undefined)
          states++
        }
        state = edges[at]!
      }
      ;(own[state] ??= []).push(index)
    })
    this.edges = edges
    this.fail = new Int32Array(states)
    this.next = new Int32Array(states * width)
    const outputs = own
    // States in order of depth: a state's fail link and inherited keywords come from shallower states, already done.
    const byDepth: number[][] = Array.from({length: deepest + 1}, () => [])
    for (let state = 1; state < states; state++) byDepth[depths[state]!]!.push(state)
    for (const level of byDepth) {
      for (const state of level) {
        const parent = parents[state]!
        this.fail[state] = parent === 0 ? 0 : this.step(this.fail[parent]!, codes[state]!)
        const inherited = outputs[this.fail[state]!]
        if (inherited) outputs[state] = [...(outputs[state] ?? []), ...inherited]
      }
    }
    this.outputs = outputs
    this.stamps = new Uint32Array(keywords.length)
  }

  /** step is the automaton's transition from a state on a symbol, worked out through the fail links once and then remembered. */
  private step(state: number, code: number): number {
    const {edges, width} = this
    const known = this.next[state * width + code]!
    if (known > 0) return known - 1
    let from = state
    let to = edges[from * width + code]!
    while (to === 0 && from !== 0) {
      from = this.fail[from]!
      to = edges[from * width + code]!
    }
    this.next[state * width + code] = to + 1
    return to
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 0
    }
    return ++this.stamp
  }

  /** scan returns the indices (into the keywords given) of the keywords a line (no line break in it) contains, each once, in the
   * order first seen. */
  scan(line: string): number[] {
    return this.scanLines(line).keywordsByLine.get(0) ?? []
  }

  /** scanLines goes over a whole text in one pass of the automaton: where each line starts, how many lines are not blank, and the
   * keywords on each line. Its time grows with the text alone, however many keywords there are. */
  scanLines(text: string): LineScan {
    const lineStarts = [0]
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
    let blank = 0
    for (let line = 0; line < lineStarts.length; line++) {
      const start = lineStarts[line]!
      const first = text.charCodeAt(start)
      if (first > 32 && first < 127) continue
      const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length
      if (!/\S/.test(text.slice(start, end))) blank++
    }
    const keywordsByLine = new Map<number, number[]>()
    const {next, outputs, stamps, symbols, width} = this
    let state = 0
    let line = 0
    let found: number[] | undefined
    let stamp = this.nextStamp()
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i)
      if (raw === 10) {
        line++
        state = 0
        found = undefined
        stamp = this.nextStamp()
        continue
      }
      const code = raw < ASCII ? symbols[raw]! : 0
      const known = next[state * width + code]!
      state = known > 0 ? known - 1 : this.step(state, code)
      const output = outputs[state]
      if (output === undefined) continue
      for (const index of output) {
        if (stamps[index] === stamp) continue
        stamps[index] = stamp
        if (found === undefined) keywordsByLine.set(line, (found = []))
        found.push(index)
      }
    }
    return {lineStarts, nonBlank: lineStarts.length - blank, keywordsByLine}
  }
}
