// The registry of rules about the target itself: a conflict, a wrong subnet, silence on ARP, a firewall, or an answer.
import type {Rule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import icmpBlocked from './icmp-blocked.js'
import ipConflict from './ip-conflict.js'
import noArpReply from './no-arp-reply.js'
import noReply from './no-reply.js'
import reachable from './reachable.js'
import wrongSubnet from './wrong-subnet.js'

/** targetRules are the target checks, most specific first; no-reply is the last resort and reachable the good news. */
export const targetRules: Rule<Snapshot>[] = [ipConflict, wrongSubnet, noArpReply, icmpBlocked, noReply, reachable]
