// A small seeded pseudo-random generator (mulberry32) for the fuzzer: the same seed gives the same inputs on every machine.

/** Random draws numbers from one seeded mulberry32 stream. */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** next returns a number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** int returns an integer from 0 to `below` - 1 (0 when `below` is 0). */
  int(below: number): number {
    return Math.floor(this.next() * below)
  }

  /** between returns an integer from `low` to `high`, both included. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1)
  }

  /** chance is true with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** pick returns one element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!
  }

  /** size returns a length skewed towards small ones but sometimes up to `max`: most mutations are small, a few are huge. */
  size(max: number): number {
    const scale = this.pick([4, 16, 64, 512, 4096, 65536, max])
    return this.between(1, Math.max(1, Math.min(scale, max)))
  }
}

/** hashSeed mixes a run's seed with a name (a parser's), so each parser gets its own stream whatever the others draw. */
export function hashSeed(seed: number, name: string): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0
  return hash
}
