// The registry of rules about this machine's own side of the path: link, address, route.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import noAddress from './no-address.js'
import noCarrier from './no-carrier.js'
import noRoute from './no-route.js'
import vpnDown from './vpn-down.js'

/** localRules are the checks of this machine's link, address and route, root cause first. */
export const localRules: Rule<Snapshot>[] = [noCarrier, vpnDown, noAddress, noRoute]
