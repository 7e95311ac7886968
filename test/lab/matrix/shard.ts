// Runs a third of the why-no-ping matrix in one test file, so that vitest runs the three files side by side.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab.js'
import {jsonOf} from '../../support/cli.js'
import {CASES, runCase} from './why-no-ping.js'

/** SHARDS is how many files the matrix is split into. */
export const SHARDS = 3

/** whyNoPingShard declares the tests of every SHARDS-th case starting at `shard`, each in a fresh lab tagged `tag`. */
export function whyNoPingShard(shard: number, tag: string): void {
  describe.skipIf(!canBuildLabs())(`the why-no-ping matrix, part ${shard + 1} of ${SHARDS}`, () => {
    let lab: Lab | undefined
    afterEach(() => lab?.destroy())
    const cases = CASES.filter((_, index) => index % SHARDS === shard).map(test => ({...test, title: `${test.situation.name} [${test.variant}] → ${test.verdict}`}))
    it.each(cases)('$title', async test => {
      lab = new Lab(tag)
      const report = jsonOf<{verdict: {id: string; title: string; evidence: string[]}}>(await runCase(lab, test))
      expect(report.verdict.id, `${report.verdict.title}\n${report.verdict.evidence.join('\n')}`).toBe(test.verdict)
    })
  })
}
