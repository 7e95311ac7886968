// The lan matrix on real kernel stacks (test/lab/matrix/lan.ts), part 2 of 2.
import {lanShard} from '../lab/matrix/shard.js'

lanShard(1, 'nb')
