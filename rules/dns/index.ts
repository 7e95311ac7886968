// The registry of rules about turning the target's name into an address.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import hijacked from './hijacked.js'
import hostsOverride from './hosts-override.js'
import noAnswer from './no-answer.js'
import refused from './refused.js'
import searchHides from './search-hides.js'
import serverFailure from './server-failure.js'
import unresolved from './unresolved.js'

/** dnsRules are the name checks: a silent DNS server first, a refusing or failing one, a name that does not exist, then an
 * address that came from a stale /etc/hosts line or an earlier search domain, or from a server that answers every name. */
export const dnsRules: Rule<Snapshot>[] = [noAnswer, refused, serverFailure, unresolved, hostsOverride, searchHides, hijacked]
