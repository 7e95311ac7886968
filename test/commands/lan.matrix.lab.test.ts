// The lan matrix on real kernel stacks (test/lab/matrix/lan.ts), part 1 of 2; its size is asserted here.
import {describe, expect, it} from 'vitest'
import {LAN_CASES} from '../lab/matrix/lan.js'
import {lanShard} from '../lab/matrix/shard.js'

describe('the lan matrix', () => {
  it('has at least 20 cases', () => expect(LAN_CASES.length).toBeGreaterThanOrEqual(20))
})

lanShard(0, 'na')
