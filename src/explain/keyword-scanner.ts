// Finds which of many literal keywords occur in each line of a text: an Aho–Corasick automaton (ASCII, ignoring case) lists every
// keyword on every line in one pass over the text.

const ALPHABET = 128

/** symbol maps a character code to the automaton's alphabet: ASCII folded to lower case; anything else is one "other" symbol (0). */
function symbol(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  return code < ALPHABET ? code : 0
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
  /** children is the trie of the keywords: for each state, the state each symbol leads to. */
  private readonly children: Map<number, number>[] = [new Map()]
  private readonly fail: Int32Array
  /** next memoises transitions (-1: not worked out yet), so each is found through the fail links only once. */
  private readonly next: Int32Array
  private readonly outputs: (number[] | undefined)[]
  private readonly stamps: Uint32Array
  private stamp = 0

  constructor(keywords: readonly string[]) {
    const {children} = this
    const own: number[][] = [[]]
    keywords.forEach((keyword, index) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const code = symbol(keyword.charCodeAt(i))
        let child = children[state]!.get(code)
        if (child === undefined) {
          child = children.length
          children.push(new Map())
          own.push([])
          children[state]!.set(code, child)
        }
        state = child
      }
      own[state]!.push(index)
    })
    this.fail = new Int32Array(children.length)
    this.next = new Int32Array(children.length * ALPHABET).fill(-1)
    const outputs: (number[] | undefined)[] = own.map(list => (list.length > 0 ? list : undefined))
    const queue = [...children[0]!.values()]
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      const inherited = outputs[this.fail[state]!]
      if (inherited) outputs[state] = [...(outputs[state] ?? []), ...inherited]
      for (const [code, child] of children[state]!) {
        this.fail[child] = this.step(this.fail[state]!, code)
        queue.push(child)
      }
    }
    this.outputs = outputs
    this.stamps = new Uint32Array(keywords.length)
  }

  /** step is the automaton's transition from a state on a symbol, worked out through the fail links once and then remembered. */
  private step(state: number, code: number): number {
    const known = this.next[state * ALPHABET + code]!
    if (known >= 0) return known
    let from = state
    let to = this.children[from]!.get(code)
    while (to === undefined && from !== 0) {
      from = this.fail[from]!
      to = this.children[from]!.get(code)
    }
    const result = to ?? 0
    this.next[state * ALPHABET + code] = result
    return result
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 0
    }
    return ++this.stamp
  }

  /** scan returns the indices (into the keywords given) of the keywords a line contains, each once, in the order first seen. */
  scan(line: string): number[] {
    const found: number[] = []
    const stamp = this.nextStamp()
    const {next, outputs, stamps} = this
    let state = 0
    for (let i = 0; i < line.length; i++) {
      const code = symbol(line.charCodeAt(i))
      const known = next[state * ALPHABET + code]!
      state = known >= 0 ? known : this.step(state, code)
      const output = outputs[state]
      if (output === undefined) continue
      for (const index of output) {
        if (stamps[index] === stamp) continue
        stamps[index] = stamp
        found.push(index)
      }
    }
    return found
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
    const {next, outputs, stamps} = this
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
      const code = raw >= 65 && raw <= 90 ? raw + 32 : raw < ALPHABET ? raw : 0
      const known = next[state * ALPHABET + code]!
      state = known >= 0 ? known : this.step(state, code)
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
