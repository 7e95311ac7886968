// The registry of rules about the gateway on the way to the target.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import noRoute from './no-route.js'
import unreachable from './unreachable.js'

/** gatewayRules check the default gateway. */
export const gatewayRules: Rule<Snapshot>[] = [unreachable, noRoute]
