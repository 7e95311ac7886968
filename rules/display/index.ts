// The registry of rules that `netdoc displays` runs.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import busIdInHex from './busid-in-hex.js'
import cardMissingFromBus from './card-missing-from-bus.js'
import gpuUnusedByX from './gpu-unused-by-x.js'
import gpuWithoutDriver from './gpu-without-driver.js'
import monitorSwitchedOff from './monitor-switched-off.js'
import nouveauAndNvidia from './nouveau-and-nvidia.js'
import waylandSession from './wayland-session.js'
import xServerFailed from './x-server-failed.js'

/** displayRules are the graphics card, monitor and X checks, root causes first. */
export const displayRules: Rule<Snapshot>[] = [
  cardMissingFromBus,
  busIdInHex,
  gpuWithoutDriver,
  nouveauAndNvidia,
  xServerFailed,
  gpuUnusedByX,
  monitorSwitchedOff,
  waylandSession,
]
