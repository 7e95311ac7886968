// The registry of rules about sending ping itself.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import notInstalled from './not-installed.js'
import notPermitted from './not-permitted.js'

/** pingRules check whether this user may send ICMP echo at all. */
export const pingRules: Rule<Snapshot>[] = [notPermitted, notInstalled]
