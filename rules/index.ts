// Every rule netdoc has, by the command that runs them; the meta test walks this registry.
import type {Rule} from '../src/engine/rule.js'
import {displayRules} from './display/index.js'
import {nicRules} from './nic/index.js'

/** ruleSets names each registry of rules. */
export const ruleSets: Record<string, Rule<any>[]> = {
  nic: nicRules,
  display: displayRules,
}
