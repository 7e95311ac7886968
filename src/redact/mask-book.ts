// The memory of a redaction: every original value seen and the mask it was given, so one value always gets one mask.

/** MaskKind names a table of masks: each kind numbers its masks on its own. */
export type MaskKind =
  | 'mac'
  | 'hardware'
  | 'ipv4-block'
  | 'ipv6-site'
  | 'ipv6-iid'
  | 'solicited-node'
  | 'label'
  | 'user'
  | 'ssid'
  | 'serial-text'
  | 'serial-number'

/** MaskBook hands out masks: the first time a value is seen it gets the next number of its counter, later the same mask. A mask is written like the originals of its kind, and never equals a reserved original. */
export class MaskBook {
  private readonly tables = new Map<MaskKind, Map<string, string>>()
  private readonly counters = new Map<string, number>()
  private readonly reserved = new Set<string>()
  private readonly memos = new Map<string, Map<string, string>>()

  /** mask returns the mask of `key` in `kind`, made by `make(n)` the first time (n counts from 1 within `counter`, by default the kind), skipping masks that equal a reserved original. */
  mask(kind: MaskKind, key: string, make: (n: number) => string, counter: string = kind): string {
    const table = this.table(kind)
    const known = table.get(key)
    if (known !== undefined) return known
    let made: string
    do {
      const n = (this.counters.get(counter) ?? 0) + 1
      this.counters.set(counter, n)
      made = make(n)
    } while (this.reserved.has(`${kind} ${made}`))
    table.set(key, made)
    return made
  }

  /** reserveOriginalsOf keeps every original another book has seen from ever being handed out here as a mask, so a mask cannot be mistaken for a real value. */
  reserveOriginalsOf(other: MaskBook): void {
    for (const [kind, table] of other.tables) for (const key of table.keys()) this.reserved.add(`${kind} ${key}`)
  }

  /** memo remembers what `compute` gave for `key` (how one written address was masked), so a value seen again is not worked out again. */
  memo(name: string, key: string, compute: () => string): string {
    let memo = this.memos.get(name)
    if (!memo) {
      memo = new Map()
      this.memos.set(name, memo)
    }
    let value = memo.get(key)
    if (value === undefined) {
      value = compute()
      memo.set(key, value)
    }
    return value
  }

  /** entries lists the original → mask pairs of one kind, in the order they were first seen. */
  entries(kind: MaskKind): [string, string][] {
    return [...this.table(kind)]
  }

  /** size counts the originals of one kind seen so far. */
  size(kind: MaskKind): number {
    return this.table(kind).size
  }

  private table(kind: MaskKind): Map<string, string> {
    let table = this.tables.get(kind)
    if (!table) {
      table = new Map()
      this.tables.set(kind, table)
    }
    return table
  }
}
