// The why-no-ping matrix on real kernel stacks (test/lab/matrix/why-no-ping.ts), part 3 of 3.
import {whyNoPingShard} from '../lab/matrix/shard.js'

whyNoPingShard(2, 'mc')
