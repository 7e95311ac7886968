// A worker thread of `npm run fuzz`: fuzzes its targets one after the other, each for its budget, and tells the main thread each
// input before trying it, so a call that never returns (a parser backtracking for hours) is stopped from outside, input known.
import {parentPort, workerData} from 'node:worker_threads'
import {minimize, TargetFuzzer, type FuzzFailure, type FuzzOptions} from './engine.js'
import type {FuzzInput} from './mutate.js'
import {ALL_TARGETS} from './all-targets.js'

/** WorkerJob is what the main thread asks of a worker: targets (each from an iteration, for a budget) and the run's options. */
export interface WorkerJob {
  targets: {name: string; startIteration: number; budgetMs: number}[]
  options: FuzzOptions
  /** minimizeMs bounds the minimizing of one failure (it may run past the target's budget). */
  minimizeMs: number
}

/** WorkerMessage is what a worker tells the main thread, about the target it is on. */
export type WorkerMessage =
  | {kind: 'start'; target: string}
  | {kind: 'skipping'; target: string}
  | {kind: 'input'; target: string; iteration: number; input: FuzzInput}
  | {kind: 'failure'; target: string; failure: FuzzFailure}
  | {kind: 'shrunk'; target: string; iteration: number; input: FuzzInput}
  | {kind: 'minimized'; target: string; iteration: number; input: FuzzInput}
  | {kind: 'end'; target: string; inputs: number; growthChecks: number}

const job = workerData as WorkerJob
const tell = (message: WorkerMessage) => parentPort!.postMessage(message)

for (const {name, startIteration, budgetMs} of job.targets) {
  const target = ALL_TARGETS.find(candidate => candidate.name === name)!
  tell({kind: 'start', target: name})
  const fuzzer = new TargetFuzzer(target, job.options)
  fuzzer.skipTo(startIteration, () => tell({kind: 'skipping', target: name}))
  const deadline = Date.now() + budgetMs
  while (Date.now() < deadline) {
    const {iteration, input} = fuzzer.next()
    tell({kind: 'input', target: name, iteration, input})
    const failure = fuzzer.check(iteration, input)
    if (!failure || fuzzer.run.failures.at(-1) !== failure) continue
    tell({kind: 'failure', target: name, failure})
    const shrunk = (smaller: FuzzInput) => tell({kind: 'shrunk', target: name, iteration, input: smaller})
    const first = fuzzer.run.failures.filter(known => known.property === failure.property).length === 1
    const budget = first ? Math.min(job.minimizeMs, Math.max(2000, deadline - Date.now())) : 0
    tell({
      kind: 'minimized',
      target: name,
      iteration,
      input: budget > 0 ? minimize(target, failure, job.options.limitMs, budget, shrunk) : failure.input,
    })
  }
  tell({kind: 'end', target: name, inputs: fuzzer.run.inputs, growthChecks: fuzzer.run.growthChecks})
}
