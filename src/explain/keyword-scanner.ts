// Finds which of many literal keywords occur in a line, in one pass over it (an Aho–Corasick automaton over ASCII, ignoring case).

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

/** KeywordScanner finds the keywords (lower-case ASCII) a text contains, ignoring ASCII case, in time linear in the text. */
export class KeywordScanner {
  private readonly next: Int32Array
  private readonly outputs: (number[] | undefined)[]
  private readonly stamps: Uint32Array
  private stamp = 0

  constructor(keywords: readonly string[]) {
    const children: Map<number, number>[] = [new Map()]
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
    const next = new Int32Array(children.length * ALPHABET)
    const fail = new Int32Array(children.length)
    const outputs: (number[] | undefined)[] = own.map(list => (list.length > 0 ? list : undefined))
    const queue: number[] = []
    for (const [code, child] of children[0]!) {
      next[code] = child
      queue.push(child)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      const inherited = outputs[fail[state]!]
      if (inherited) outputs[state] = [...(outputs[state] ?? []), ...inherited]
      for (let code = 0; code < ALPHABET; code++) {
        const child = children[state]!.get(code)
        if (child === undefined) {
          next[state * ALPHABET + code] = next[fail[state]! * ALPHABET + code]!
        } else {
          fail[child] = next[fail[state]! * ALPHABET + code]!
          next[state * ALPHABET + code] = child
          queue.push(child)
        }
      }
    }
    for (let state = 0; state < children.length; state++) {
      // Upper-case letters go where their lower-case letters go, so scanning needs no case folding.
      for (let code = 65; code <= 90; code++) next[state * ALPHABET + code] = next[state * ALPHABET + code + 32]!
    }
    this.next = next
    this.outputs = outputs
    this.stamps = new Uint32Array(keywords.length)
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 0
    }
    return ++this.stamp
  }

  /** scan returns the indices (into the keywords given) of the keywords a one-line text contains, each once, in the order first seen. */
  scan(text: string): number[] {
    return this.scanLines(text.replace(/\n/g, ' ')).keywordsByLine.get(0) ?? []
  }

  /** scanLines goes over a whole text once: where each line starts, how many lines are not blank, and the keywords on each line. */
  scanLines(text: string): LineScan {
    const {next, outputs, stamps} = this
    const lineStarts = [0]
    const keywordsByLine = new Map<number, number[]>()
    let nonBlank = 0
    let blank = true
    let found: number[] | undefined
    let stamp = this.nextStamp()
    let state = 0
    let line = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) {
        if (!blank) nonBlank++
        if (found !== undefined) keywordsByLine.set(line, found)
        found = undefined
        blank = true
        state = 0
        line++
        lineStarts.push(i + 1)
        stamp = this.nextStamp()
        continue
      }
      if (code > 32) blank = false
      state = next[state * ALPHABET + (code < ALPHABET ? code : 0)]!
      const output = outputs[state]
      if (output === undefined) continue
      for (const index of output) {
        if (stamps[index] === stamp) continue
        stamps[index] = stamp
        ;(found ??= []).push(index)
      }
    }
    if (!blank) nonBlank++
    if (found !== undefined) keywordsByLine.set(line, found)
    return {lineStarts, nonBlank, keywordsByLine}
  }
}
