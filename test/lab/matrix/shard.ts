// Runs a part of the why-no-ping or the lan matrix in one test file, so that vitest runs the files side by side.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab.js'
import {jsonOf} from '../../support/cli.js'
import {LAN_CASES, runLanCase} from './lan.js'
import {CASES, runCase} from './why-no-ping.js'

/** SHARDS is how many files the matrix is split into. */
export const SHARDS = 3

/** whyNoPingShard declares the tests of every SHARDS-th case starting at `shard`, each in a fresh lab tagged `tag`. */
export function whyNoPingShard(shard: number, tag: string): void {
  describe.skipIf(!canBuildLabs())(`the why-no-ping matrix, part ${shard + 1} of ${SHARDS}`, () => {
    let lab: Lab | undefined
    afterEach(() => lab?.destroy())
    const cases = CASES.filter((_, index) => index % SHARDS === shard).map(test => ({
      ...test,
      title: `${test.situation.name} [${test.variant}] → ${test.verdict}`,
    }))
    it.each(cases)('$title', async test => {
      lab = new Lab(tag)
      const report = jsonOf<{verdict: {id: string; title: string; evidence: string[]}}>(await runCase(lab, test))
      expect(report.verdict.id, `${report.verdict.title}\n${report.verdict.evidence.join('\n')}`).toBe(test.verdict)
    })
  })
}

/** lanShard declares the tests of every second lan case starting at `shard`: each must report exactly its problems. */
export function lanShard(shard: number, tag: string): void {
  describe.skipIf(!canBuildLabs())(`the lan matrix, part ${shard + 1} of 2`, () => {
    let lab: Lab | undefined
    afterEach(() => lab?.destroy())
    const cases = LAN_CASES.filter((_, index) => index % 2 === shard).map(test => ({
      ...test,
      title: `${test.situation.name} [${test.privilege}] → ${test.problems.join(', ') || 'nothing wrong'}`,
    }))
    it.each(cases)('$title', async test => {
      lab = new Lab(tag)
      const report = jsonOf<{findings: {id: string; severity: string; title: string}[]}>(await runLanCase(lab, test))
      const problems = [...new Set(report.findings.filter(finding => finding.severity !== 'info').map(finding => finding.id))].sort()
      expect(problems, report.findings.map(finding => `${finding.id}: ${finding.title}`).join('\n')).toEqual(test.problems)
    })
  })
}
