// Times a call, for the tests that bound how long hostile input may take (a parser that backtracks takes seconds on it).
import {performance} from 'node:perf_hooks'

/** HOSTILE_INPUT_MS is how long the hostile-input tests let a call take: ten times what the fixed code needs, a hundredth of
 * what the quadratic code they guard against took. */
export const HOSTILE_INPUT_MS = 250

/** msTaken runs `work` and returns how long it took in milliseconds; when that is over `bound`, it runs it once more and returns
 * the faster run, so a pause of a busy machine is not taken for a slow parser. */
export function msTaken(work: () => unknown, bound = HOSTILE_INPUT_MS): number {
  const once = () => {
    const start = performance.now()
    work()
    return performance.now() - start
  }
  const first = once()
  return first <= bound ? first : Math.min(first, once())
}
