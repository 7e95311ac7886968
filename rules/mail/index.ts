// The rules `netdoc mail` runs, causes before symptoms: their order (the verdict's precedence) comes from the rules' dependsOn
// links, and where the links do not order two rules, from the order they are listed in here.
import {causalOrder} from '../../src/engine/causal-graph.js'
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import genericPtr from './generic-ptr.js'
import heloMismatch from './helo-mismatch.js'
import noPtr from './no-ptr.js'
import ok from './ok.js'
import ptrMismatch from './ptr-mismatch.js'
import ptrNoAddress from './ptr-no-address.js'

/** mailRules check each sending address as a receiving server does (a PTR, its names resolving back, not generic), then the
 * HELO name, then the good news. */
export const mailRules: Rule<Snapshot>[] = causalOrder([noPtr, ptrNoAddress, ptrMismatch, genericPtr, heloMismatch, ok])
