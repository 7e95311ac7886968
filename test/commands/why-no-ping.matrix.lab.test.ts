// The why-no-ping matrix on real kernel stacks (test/lab/matrix/why-no-ping.ts), part 1 of 3; its size is asserted here.
import {describe, expect, it} from 'vitest'
import {CASES, SITUATIONS} from '../lab/matrix/why-no-ping.js'
import {whyNoPingShard} from '../lab/matrix/shard.js'

describe('the why-no-ping matrix', () => {
  it('has at least 60 cases over its situations, each with a verdict', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
    for (const situation of SITUATIONS) expect(Object.keys(situation.verdicts).length, situation.name).toBeGreaterThan(0)
  })
})

whyNoPingShard(0, 'ma')
