// The registry of rules that `netdoc wifi` runs.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import blocked from './blocked.js'
import crowdedChannel from './crowded-channel.js'
import insecure from './insecure.js'
import notAssociated from './not-associated.js'
import ok from './ok.js'
import roamingDrops from './roaming-drops.js'
import slowLink from './slow-link.js'
import weakSignal from './weak-signal.js'

/** wifiRules are the Wi-Fi checks, root causes first. */
export const wifiRules: Rule<Snapshot>[] = [blocked, notAssociated, weakSignal, insecure, crowdedChannel, roamingDrops, slowLink, ok]
