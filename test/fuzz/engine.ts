// The fuzzer's engine: feeds a target seeded mutations of its real inputs and checks each call: no throw, a Parsed value where
// one is promised, under the time limit, and no super-linear growth when the input grows eightfold.
import {performance} from 'node:perf_hooks'
import {mutate, type FuzzInput} from './mutate.js'
import {hashSeed, Random} from './prng.js'
import {call, type FuzzTarget} from './targets.js'

/** FuzzOptions bound a run: the seed, the longest input, the time one call may take, and how often growth is checked. */
export interface FuzzOptions {
  seed: number
  /** maxLength bounds a fuzzed input (characters or bytes). */
  maxLength: number
  /** limitMs is the longest one call may take on an input of up to LIMIT_LENGTH (on a longer one, proportionally more). */
  limitMs: number
  /** growthEvery checks super-linear growth on every Nth mutated input; 0 never. */
  growthEvery: number
  /** growthSeeds is how many of the target's seeds (the longest first) get a growth check. */
  growthSeeds: number
}

/** LIMIT_LENGTH is the input length (characters or bytes) the time limit is for: 256 KiB, more than any real input of these
 * parsers; a 1 MiB input may take four times the limit, since time linear in the input is what the growth check asks. */
export const LIMIT_LENGTH = 256 * 1024

/** DEFAULT_OPTIONS are the bounds of the issue: 100 ms a call, inputs up to 1 MiB, growth checked on one input in 25. */
export const DEFAULT_OPTIONS: Omit<FuzzOptions, 'seed'> = {maxLength: 1 << 20, limitMs: 100, growthEvery: 25, growthSeeds: Infinity}

/** allowedMs is how long a call on `input` may take. */
export function allowedMs(input: FuzzInput, limitMs: number): number {
  return limitMs * Math.max(1, input.length / LIMIT_LENGTH)
}

/** Property names what a failing input broke. */
export type Property = 'throws' | 'not-parsed' | 'slow' | 'super-linear'

/** FuzzFailure is one input that broke a property, with what is needed to reproduce it. */
export interface FuzzFailure {
  target: string
  property: Property
  detail: string
  seed: number
  iteration: number
  input: FuzzInput
}

/** GROWTH is how much bigger the grown input is; SUPER_LINEAR_FACTOR how much slower than linear it may be before it is reported. */
export const GROWTH = 8
const SUPER_LINEAR_FACTOR = 4
/** GROWTH_FLOOR_MS is the time under which a grown input is never reported: too short to tell a curve from noise. */
const GROWTH_FLOOR_MS = 4
/** GROWN_MAX bounds the inputs growth is checked on (the grown input is eight times this). */
const GROWN_MAX = 64 * 1024

function isParsed(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const result = value as {ok?: unknown; value?: unknown; error?: unknown}
  if (result.ok === true) return 'value' in result
  return result.ok === false && typeof result.error === 'string' && result.error.length > 0
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0]!.slice(0, 300)}`
  return `threw ${String(error).slice(0, 300)}`
}

/** callOnce calls a target's function on prepared arguments and returns how long it took, or the error it threw. */
function callOnce(target: FuzzTarget, args: unknown[]): {ms: number; result: unknown} | {ms: number; error: unknown} {
  const start = performance.now()
  try {
    const result = call(target, args)
    return {ms: performance.now() - start, result}
  } catch (error) {
    return {ms: performance.now() - start, error}
  }
}

function sizeOf(input: FuzzInput): string {
  return `${input.length} ${typeof input === 'string' ? 'characters' : 'bytes'}`
}

/** checkCall checks one input: no throw, a Parsed value when the target promises one, the target's own check, and under the
 * limit (best of three when the first call is over it, so a garbage collection on a busy machine is not taken for a slow parser). */
export function checkCall(target: FuzzTarget, input: FuzzInput, limitMs: number): {property: Property; detail: string} | null {
  let args: unknown[]
  try {
    args = target.args(input)
  } catch (error) {
    return {property: 'throws', detail: `preparing the arguments: ${describeError(error)}`}
  }
  const first = callOnce(target, args)
  if ('error' in first) return {property: 'throws', detail: describeError(first.error)}
  if (target.parsed && !isParsed(first.result))
    return {property: 'not-parsed', detail: `returned ${String(JSON.stringify(first.result)).slice(0, 200)}`}
  const wrong = target.check?.(first.result, args) ?? null
  if (wrong !== null) return {property: 'not-parsed', detail: wrong}
  const allowed = allowedMs(input, limitMs)
  if (first.ms <= allowed) return null
  let best = first.ms
  for (let retry = 0; retry < 2 && best > allowed; retry++) best = Math.min(best, callOnce(target, args).ms)
  return best > allowed ? {property: 'slow', detail: `${best.toFixed(1)} ms on ${sizeOf(input)} (limit ${allowed.toFixed(0)} ms)`} : null
}

/** perCall measures a target's time on an input robustly: the best of five batches, each long enough to be measured. */
export function perCall(target: FuzzTarget, input: FuzzInput): number {
  const args = target.args(input)
  const once = callOnce(target, args).ms
  const repeats = Math.max(1, Math.min(1000, Math.ceil(0.3 / Math.max(once, 0.001))))
  let best = Infinity
  for (let batch = 0; batch < 5; batch++) {
    const start = performance.now()
    for (let i = 0; i < repeats; i++) callOnce(target, args)
    best = Math.min(best, (performance.now() - start) / repeats)
    if (best > 50) break
  }
  return best
}

/** GrowthMode is a way of making an input eight times bigger. */
export type GrowthMode = 'repeat' | 'lines' | 'stretch' | 'json'

/** jsonGrown repeats the elements of a JSON array (as text: a deeply nested one cannot be written back by JSON.stringify). */
function jsonGrown(text: string, factor: number): string | null {
  const inner = text.trim().slice(1, -1)
  try {
    const value: unknown = JSON.parse(text)
    if (!Array.isArray(value) || value.length === 0) return null
  } catch {
    return null
  }
  return `[${Array.from({length: factor}, () => inner).join(',')}]`
}

/** grow makes an input `factor` times bigger in one way: repeated whole, each line repeated, its longest line stretched, or its
 * JSON array's elements repeated; null when the mode does not apply. */
export function grow(input: FuzzInput, factor: number, mode: GrowthMode): FuzzInput | null {
  if (typeof input !== 'string') {
    if (mode === 'repeat') {
      const grown = new Uint8Array(input.length * factor)
      for (let i = 0; i < factor; i++) grown.set(input, i * input.length)
      return grown
    }
    if (mode !== 'stretch' || input.length < 2) return null
    const half = input.subarray(input.length >> 1)
    const grown = new Uint8Array((input.length >> 1) + half.length * factor)
    grown.set(input.subarray(0, input.length >> 1))
    for (let i = 0; i < factor; i++) grown.set(half, (input.length >> 1) + i * half.length)
    return grown
  }
  if (mode === 'repeat') return input.repeat(factor)
  if (mode === 'json') return jsonGrown(input, factor)
  const lines = input.split('\n')
  if (mode === 'lines') return lines.length < 2 ? null : lines.flatMap(line => Array.from({length: factor}, () => line)).join('\n')
  const longest = lines.reduce((best, line, index) => (line.length > lines[best]!.length ? index : best), 0)
  if (lines[longest]!.length === 0) return null
  return lines.map((line, index) => (index === longest ? line.repeat(factor) : line)).join('\n')
}

const GROWTH_MODES: GrowthMode[] = ['repeat', 'lines', 'stretch', 'json']

/** checkGrowth times an input and its grown forms; time growing much faster than the input (quadratic: 64 times for 8 times the
 * input) is reported, after a second measurement confirms it. */
export function checkGrowth(target: FuzzTarget, input: FuzzInput): {property: Property; detail: string} | null {
  if (input.length === 0 || input.length > GROWN_MAX) return null
  for (const mode of GROWTH_MODES) {
    const grown = grow(input, GROWTH, mode)
    if (grown === null) continue
    const small = perCall(target, input)
    const big = perCall(target, grown)
    const allowed = GROWTH * SUPER_LINEAR_FACTOR * Math.max(small, 0.001)
    if (big <= GROWTH_FLOOR_MS || big <= allowed) continue
    const again = Math.min(big, perCall(target, grown))
    const smallAgain = Math.max(small, perCall(target, input))
    if (again > GROWTH_FLOOR_MS && again > GROWTH * SUPER_LINEAR_FACTOR * Math.max(smallAgain, 0.001))
      return {
        property: 'super-linear',
        detail: `${mode} ×${GROWTH}: ${smallAgain.toFixed(3)} ms → ${again.toFixed(3)} ms (×${(again / smallAgain).toFixed(0)}) on ${input.length} → ${grown.length}`,
      }
  }
  return null
}

/** TargetRun is one target's part of a run: how many inputs it was fed, and the inputs that broke a property. */
export interface TargetRun {
  target: string
  inputs: number
  growthChecks: number
  failures: FuzzFailure[]
}

/** MAX_FAILURES_KEPT bounds the failures recorded per target (the first of each kind are the useful ones). */
const MAX_FAILURES_KEPT = 5

/** TargetFuzzer feeds one target its seeds, then mutations of them, one input per step; the same seed gives the same inputs. */
export class TargetFuzzer {
  readonly run: TargetRun
  private readonly random: Random
  private readonly seeds: FuzzInput[]
  private last: FuzzInput | null = null
  /** longestSeeds are the indices of the seeds that get a growth check. */
  private readonly longestSeeds: Set<number>

  constructor(
    readonly target: FuzzTarget,
    private readonly options: FuzzOptions,
  ) {
    this.random = new Random(hashSeed(options.seed, target.name))
    this.seeds = target.seeds()
    const bySize = this.seeds.map((seed, index) => ({index, length: seed.length})).sort((a, b) => b.length - a.length || a.index - b.index)
    this.longestSeeds = new Set(bySize.slice(0, options.growthSeeds).map(seed => seed.index))
    this.run = {target: target.name, inputs: 0, growthChecks: 0, failures: []}
  }

  /** next makes the input of the next step and counts it: the seeds first, then mutations of a seed (or of the last mutation). */
  next(): {iteration: number; input: FuzzInput} {
    const iteration = this.run.inputs
    const input = iteration < this.seeds.length ? this.seeds[iteration]! : this.mutation()
    this.last = input
    this.run.inputs++
    return {iteration, input}
  }

  private mutation(): FuzzInput {
    const base = this.last !== null && this.random.chance(0.25) ? this.last : this.random.pick(this.seeds)
    return mutate(this.random, base, this.seeds, this.options.maxLength, this.target.json)
  }

  /** skipTo makes the inputs before `iteration` without checking them, so a run stopped there (a call that hung) goes on after it;
   * `alive` is called every hundred inputs. */
  skipTo(iteration: number, alive: () => void = () => {}): void {
    while (this.run.inputs < iteration) {
      this.next()
      if (this.run.inputs % 100 === 0) alive()
    }
  }

  /** step fuzzes one input and records a failure it causes. */
  step(): void {
    const {iteration, input} = this.next()
    this.check(iteration, input)
  }

  /** check checks one input made by next() and records a failure it causes; it returns the failure (null: none). */
  check(iteration: number, input: FuzzInput): FuzzFailure | null {
    const failed = checkCall(this.target, input, this.options.limitMs)
    const isSeed = iteration < this.seeds.length
    const checkGrowthNow = isSeed
      ? this.longestSeeds.has(iteration)
      : this.options.growthEvery > 0 && iteration % this.options.growthEvery === 0
    const grown = failed === null && checkGrowthNow ? (this.run.growthChecks++, checkGrowth(this.target, input)) : null
    const found = failed ?? grown
    if (!found) return null
    const failure = {target: this.target.name, ...found, seed: this.options.seed, iteration, input}
    if (this.run.failures.length < MAX_FAILURES_KEPT) this.run.failures.push(failure)
    return failure
  }
}

/** stillFails tells whether an input breaks the same property in the same way (a throw with the same error name). */
export function stillFails(
  target: FuzzTarget,
  failure: Pick<FuzzFailure, 'property' | 'detail'>,
  input: FuzzInput,
  limitMs: number,
): boolean {
  if (failure.property === 'super-linear') return checkGrowth(target, input) !== null
  const found = checkCall(target, input, limitMs)
  if (found === null || found.property !== failure.property) return false
  return failure.property !== 'throws' || found.detail.split(':')[0] === failure.detail.split(':')[0]
}

function without(input: FuzzInput, start: number, end: number): FuzzInput {
  if (typeof input === 'string') return input.slice(0, start) + input.slice(end)
  const result = new Uint8Array(input.length - (end - start))
  result.set(input.subarray(0, start))
  result.set(input.subarray(end), start)
  return result
}

/** minimize shrinks a failing input, removing chunks (halves, then quarters, … single characters) while it still fails the same
 * way, within `budgetMs`; `shrunk` hears of each smaller input found. */
export function minimize(
  target: FuzzTarget,
  failure: FuzzFailure,
  limitMs: number,
  budgetMs = 20_000,
  shrunk: (input: FuzzInput) => void = () => {},
): FuzzInput {
  const deadline = performance.now() + budgetMs
  let input = failure.input
  for (let chunk = input.length >> 1; chunk >= 1 && performance.now() < deadline; chunk = chunk >> 1) {
    for (let start = 0; start < input.length && performance.now() < deadline; ) {
      const candidate = without(input, start, Math.min(input.length, start + chunk))
      if (stillFails(target, failure, candidate, limitMs)) {
        input = candidate
        shrunk(input)
      } else start += chunk
    }
  }
  return input
}
