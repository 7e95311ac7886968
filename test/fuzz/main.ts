// `npm run fuzz`: fuzzes every parser of src/parse/ and the snapshot loader for a bounded time with a seed, in worker threads
// the main thread stops when a call hangs; prints the inputs fuzzed per target, and saves each failing input (with its minimized
// form) to a file that `npm run fuzz -- --replay FILE` runs again.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join, resolve} from 'node:path'
import {Worker} from 'node:worker_threads'
import {ALL_TARGETS} from './all-targets.js'
import {checkCall, checkGrowth, DEFAULT_OPTIONS, type FuzzFailure, type FuzzOptions} from './engine.js'
import type {FuzzInput} from './mutate.js'
import {FUZZ_ROOT} from './seeds.js'
import type {WorkerJob, WorkerMessage} from './worker.js'

/** HANG_MS is how long a worker may stay silent before its call counts as hung and the worker is stopped. */
const HANG_MS = 10_000
/** MINIMIZE_MS bounds the minimizing of one failing input. */
const MINIMIZE_MS = 15_000

const USAGE = `usage: npm run fuzz -- [--seed N] [--seconds S] [--only NAME] [--out DIR] [--max-length N] [--replay FILE]
  --seed N        the run's seed (default 1, or NETDOC_FUZZ_SEED); the same seed feeds the same inputs
  --seconds S     how long to fuzz (default 60, or NETDOC_FUZZ_SECONDS); a failure's minimizing may add up to ${MINIMIZE_MS / 1000} s
  --only NAME     fuzz only the targets whose name contains NAME (e.g. xorg-log, parseIpAddr, snapshot/load); full-report
                  fuzzes the replay of accepted snapshots through every report, which the default run leaves out
  --out DIR       where failing inputs are saved (default fuzz-failures/)
  --max-length N  the longest input, in characters or bytes (default ${DEFAULT_OPTIONS.maxLength})
  --replay FILE   run a saved failing input again and say whether it still fails`

/** SavedFailure is a failing input as written to a file: the input as text or base64, and its minimized form. */
interface SavedFailure extends Omit<FuzzFailure, 'input'> {
  input: {text: string} | {base64: string}
  minimized: {text: string} | {base64: string}
}

/** TargetTally is what the run learnt about one target. */
interface TargetTally {
  inputs: number
  growthChecks: number
  failures: {failure: FuzzFailure; minimized: FuzzInput}[]
}

function encoded(input: FuzzInput): {text: string} | {base64: string} {
  return typeof input === 'string' ? {text: input} : {base64: Buffer.from(input).toString('base64')}
}

function decoded(input: {text: string} | {base64: string}): FuzzInput {
  return 'text' in input ? input.text : new Uint8Array(Buffer.from(input.base64, 'base64'))
}

function option(args: string[], name: string, fallback: string | undefined): string | undefined {
  const at = args.indexOf(name)
  if (at === -1) return fallback
  const value = args[at + 1]
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`)
  return value
}

function numberOption(args: string[], name: string, fallback: string): number {
  const text = option(args, name, fallback)!
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} takes a number, not ${JSON.stringify(text)}\n${USAGE}`)
  return value
}

function replay(path: string): number {
  const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedFailure
  const target = ALL_TARGETS.find(candidate => candidate.name === saved.target)
  if (!target) throw new Error(`${path} names ${saved.target}, which is not a fuzz target`)
  let failed = false
  for (const [which, input] of [
    ['input', decoded(saved.input)],
    ['minimized', decoded(saved.minimized)],
  ] as const) {
    const found = saved.property === 'super-linear' ? checkGrowth(target, input) : checkCall(target, input, DEFAULT_OPTIONS.limitMs)
    console.log(`${saved.target} ${which} (${input.length}): ${found ? `${found.property}: ${found.detail}` : 'passes'}`)
    failed ||= found !== null
  }
  return failed ? 1 : 0
}

function save(directory: string, failure: FuzzFailure, minimized: FuzzInput): string {
  const {input, ...rest} = failure
  const saved: SavedFailure = {...rest, input: encoded(input), minimized: encoded(minimized)}
  mkdirSync(directory, {recursive: true})
  const path = join(directory, `${failure.target.replace(/\//g, '_')}-${failure.property}-seed${failure.seed}-${failure.iteration}.json`)
  writeFileSync(path, JSON.stringify(saved, null, 2) + '\n')
  return path
}

/** runWorker runs a job in a worker thread, recording into the tallies; it resolves with the targets left when a call hung or the
 * worker died (the hung input recorded as a failure), or with none when the job is done. */
function runWorker(job: WorkerJob, tallies: Map<string, TargetTally>): Promise<WorkerJob['targets']> {
  return new Promise(done => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {workerData: job})
    let heard = Date.now()
    let current: {target: string; started: number; iteration: number; input: FuzzInput; minimizing: FuzzFailure | null} | null = null
    const remaining = (): WorkerJob['targets'] => {
      if (current === null) return job.targets
      const index = job.targets.findIndex(entry => entry.name === current!.target)
      const entry = job.targets[index]!
      const left = entry.budgetMs - (Date.now() - current.started)
      const next = current.iteration === -1 ? entry.startIteration : current.iteration + 1
      return [{name: current.target, startIteration: next, budgetMs: Math.max(0, left)}, ...job.targets.slice(index + 1)]
    }
    const stopped = (why: string) => {
      clearInterval(watchdog)
      if (current && current.iteration !== -1) {
        const tally = tallies.get(current.target)!
        tally.inputs = Math.max(tally.inputs, current.iteration + 1)
        if (current.minimizing) tally.failures.at(-1)!.minimized = current.input
        else
          tally.failures.push({
            failure: {
              target: current.target,
              property: 'slow',
              detail: why,
              seed: job.options.seed,
              iteration: current.iteration,
              input: current.input,
            },
            minimized: current.input,
          })
      }
      console.log(`  ${current?.target ?? 'a worker'}: ${why}`)
      void worker.terminate()
      done(remaining())
    }
    const watchdog = setInterval(() => {
      if (Date.now() - heard > HANG_MS) stopped(`no answer in ${HANG_MS / 1000} s on ${current?.input.length ?? 0}-long input (stopped)`)
    }, 500)
    worker.on('message', (message: WorkerMessage) => {
      heard = Date.now()
      const tally = tallies.get(message.target)!
      if (message.kind === 'start') current = {target: message.target, started: Date.now(), iteration: -1, input: '', minimizing: null}
      else if (message.kind === 'skipping') return
      else if (message.kind === 'input') current = {...current!, iteration: message.iteration, input: message.input, minimizing: null}
      else if (message.kind === 'failure') {
        tally.failures.push({failure: message.failure, minimized: message.failure.input})
        current = {...current!, minimizing: message.failure, input: message.failure.input}
      } else if (message.kind === 'shrunk') current = {...current!, input: message.input}
      else if (message.kind === 'minimized') {
        tally.failures.at(-1)!.minimized = message.input
        current = {...current!, minimizing: null}
      } else {
        tally.inputs = message.inputs
        tally.growthChecks += message.growthChecks
        current = null
        console.log(`  ${message.target}: ${message.inputs} inputs, ${tally.failures.length} failing`)
      }
    })
    worker.on('error', error => stopped(`the worker died: ${error.message}`))
    worker.on('exit', () => {
      clearInterval(watchdog)
      done([])
    })
  })
}

/** fuzzMain runs the command line `args` (after `npm run fuzz --`) and resolves with the exit code: 0 when nothing failed. */
export async function fuzzMain(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  const replayFile = option(args, '--replay', undefined)
  if (replayFile !== undefined) return replay(replayFile)
  const seed = numberOption(args, '--seed', process.env['NETDOC_FUZZ_SEED'] ?? '1')
  const seconds = numberOption(args, '--seconds', process.env['NETDOC_FUZZ_SECONDS'] ?? '60')
  const only = option(args, '--only', undefined)
  const out = resolve(FUZZ_ROOT, option(args, '--out', 'fuzz-failures')!)
  const options: FuzzOptions = {...DEFAULT_OPTIONS, seed, maxLength: numberOption(args, '--max-length', String(DEFAULT_OPTIONS.maxLength))}
  const chosen = only === undefined ? ALL_TARGETS : ALL_TARGETS.filter(target => target.name.includes(only))
  if (chosen.length === 0) throw new Error(`no target's name contains ${JSON.stringify(only)}`)
  const threads = Math.max(1, Math.min(4, availableParallelism(), chosen.length))
  const budgetMs = (seconds * 1000 * threads) / chosen.length
  console.log(
    `fuzzing ${chosen.length} targets for ${seconds} s with seed ${seed} in ${threads} threads (inputs up to ${options.maxLength}, ${options.limitMs} ms a call)`,
  )
  const tallies = new Map(chosen.map(target => [target.name, {inputs: 0, growthChecks: 0, failures: []} as TargetTally]))
  const started = Date.now()
  await Promise.all(
    Array.from({length: threads}, async (_, thread) => {
      let targets = chosen
        .filter((_, index) => index % threads === thread)
        .map(target => ({name: target.name, startIteration: 0, budgetMs}))
      while (targets.length > 0) targets = await runWorker({targets, options, minimizeMs: MINIMIZE_MS}, tallies)
    }),
  )
  const elapsed = (Date.now() - started) / 1000
  const width = Math.max(...chosen.map(target => target.name.length))
  for (const [name, tally] of tallies)
    console.log(
      `${name.padEnd(width)}  ${String(tally.inputs).padStart(8)} inputs  ${String(tally.growthChecks).padStart(5)} growth checks  ${tally.failures.length} failing`,
    )
  const total = [...tallies.values()].reduce((sum, tally) => sum + tally.inputs, 0)
  const failures = [...tallies.values()].flatMap(tally => tally.failures)
  console.log(`${total} inputs fuzzed in ${elapsed.toFixed(1)} s, ${chosen.length} targets, seed ${seed}: ${failures.length} failing`)
  for (const {failure, minimized} of failures) {
    const path = save(out, failure, minimized)
    console.log(
      `FAIL ${failure.target} ${failure.property} (seed ${failure.seed}, input ${failure.iteration}): ${failure.detail}\n  saved to ${path}`,
    )
  }
  return failures.length > 0 ? 1 : 0
}
