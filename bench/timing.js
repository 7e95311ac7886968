// Shared timing helpers for the bench sections: wall time of whole commands, side by side.
import {spawnSync} from 'node:child_process'

/** wallMs runs argv once and returns its wall time in milliseconds (and its exit status and output). */
export function wallMs(argv, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv.slice(1), {stdio: ['ignore', 'pipe', 'pipe'], ...options})
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, status: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}

/** median returns the middle value of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** compare runs each named command `rounds` times, interleaved, and returns each one's median wall time. */
export function compare(commands, rounds = 15) {
  const times = Object.fromEntries(Object.keys(commands).map(name => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [name, {argv, options}] of Object.entries(commands)) times[name].push(wallMs(argv, options).ms)
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]))
}
