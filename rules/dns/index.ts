// The registry of rules about turning the target's name into an address.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import noAnswer from './no-answer.js'
import unresolved from './unresolved.js'

/** dnsRules are the name checks: a silent DNS server first, then a name that does not exist. */
export const dnsRules: Rule<Snapshot>[] = [noAnswer, unresolved]
