// The registry of rules that `netdoc nics` runs.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import cableInWrongPort from './cable-in-wrong-port.js'
import controllerWithoutInterface from './controller-without-interface.js'
import errorCounters from './error-counters.js'
import neverLinked from './never-linked.js'
import slowLink from './slow-link.js'
import unplugged from './unplugged.js'

/** nicRules are the port checks, root causes first. */
export const nicRules: Rule<Snapshot>[] = [cableInWrongPort, unplugged, neverLinked, controllerWithoutInterface, slowLink, errorCounters]
