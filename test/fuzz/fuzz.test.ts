// A short fuzzing run for CI, with a fixed seed and a fixed number of inputs (`npm run fuzz` runs longer): every parser of
// src/parse/ and the snapshot loader; no input may throw, break its result's promise, take over 100 ms, or take super-linear
// time when grown eightfold.
import {describe, expect, it} from 'vitest'
import {DEFAULT_OPTIONS, TargetFuzzer, type FuzzOptions} from './engine.js'
import {SNAPSHOT_TARGETS} from './snapshot-targets.js'
import {FUZZ_TARGETS} from './targets.js'

/** CI_RUN is the CI run's bounds: its seed and the inputs each target is fed (its seeds first, then mutations of them). */
const CI_RUN = {seed: 20_240_611, inputsPerTarget: 200}
const options: FuzzOptions = {...DEFAULT_OPTIONS, seed: CI_RUN.seed, maxLength: 256 * 1024, growthEvery: 60, growthSeeds: 2}
const targets = [...FUZZ_TARGETS, ...SNAPSHOT_TARGETS]

describe(`fuzzing (seed ${CI_RUN.seed}, ${CI_RUN.inputsPerTarget} inputs each)`, () => {
  it.each(targets.map(target => [target.name, target] as const))('%s', (_name, target) => {
    const fuzzer = new TargetFuzzer(target, options)
    for (let i = 0; i < CI_RUN.inputsPerTarget; i++) fuzzer.step()
    const failures = fuzzer.run.failures.map(
      failure => `input ${failure.iteration} (${failure.input.length} long): ${failure.property}: ${failure.detail}`,
    )
    expect(
      failures,
      `reproduce with: npm run fuzz -- --seed ${CI_RUN.seed} --max-length ${options.maxLength} --only ${target.name}`,
    ).toEqual([])
    expect(fuzzer.run.inputs).toBe(CI_RUN.inputsPerTarget)
  })
})
