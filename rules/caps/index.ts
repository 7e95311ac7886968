// The rules `netdoc caps` runs, causes before symptoms: their order (the verdict's precedence) comes from the rules' dependsOn
// links, and where the links do not order two rules, from the order they are listed in here.
import {causalOrder} from '../../src/engine/causal-graph.js'
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import ambientEmpty from './ambient-empty.js'
import inheritableEmpty from './inheritable-empty.js'
import missingCapability from './missing-capability.js'
import noNewPrivs from './no-new-privs.js'
import noPamCap from './no-pam-cap.js'
import ok from './ok.js'
import onScript from './on-script.js'
import onSymlink from './on-symlink.js'
import pamCapOrder from './pam-cap-order.js'
import userNotInCapabilitiesConf from './user-not-in-capabilities-conf.js'

/** capsRules go from the file (a symlink, a script) to the process (no_new_privs) and the login that made it (pam_cap, its order,
 * capability.conf), then its sets (inheritable, ambient), then what is simply missing; then the good news. */
export const capsRules: Rule<Snapshot>[] = causalOrder([
  onSymlink,
  onScript,
  noNewPrivs,
  noPamCap,
  pamCapOrder,
  userNotInCapabilitiesConf,
  inheritableEmpty,
  ambientEmpty,
  missingCapability,
  ok,
])
