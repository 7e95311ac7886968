// Shared timing helpers for the bench sections: wall time of whole commands, side by side.
import {spawnSync} from 'node:child_process'

/** wallMs runs argv once and returns its wall time in milliseconds (and its exit status and output). */
export function wallMs(argv, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv.slice(1), {stdio: ['ignore', 'pipe', 'pipe'], ...options})
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    status: result.status,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
  }
}

/** median returns the middle value of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** quantile returns the value at fraction `at` (0 to 1) of a sorted copy of a list of numbers (the nearest rank). */
export function quantile(values, at) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.round(at * (sorted.length - 1)))]
}

/** sample runs each named command `rounds` times, interleaved (so a change in the machine's load hits all alike), and returns
 * each one's wall times. */
export function sample(commands, rounds = 15) {
  const times = Object.fromEntries(Object.keys(commands).map(name => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [name, {argv, options}] of Object.entries(commands)) times[name].push(wallMs(argv, options).ms)
  }
  return times
}

/** compare runs each named command `rounds` times, interleaved, and returns each one's median wall time. */
export function compare(commands, rounds = 15) {
  return Object.fromEntries(Object.entries(sample(commands, rounds)).map(([name, list]) => [name, median(list)]))
}
