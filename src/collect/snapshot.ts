// Fills a Snapshot's sections from the machine (or the recorded tree under NETDOC_ROOT), each by its capability's collector
// (src/capabilities/); each gap a collector records is tagged with its section, so a report shows its own.
import type {Capability, CollectRequest, SectionName} from '../capabilities/capability.js'
import {CAPABILITIES} from '../capabilities/index.js'
import {hostFromEnv, type Host} from '../host/host.js'
export {EVERY_SECTION} from '../capabilities/index.js'
import {emptySnapshot, type Gap, type Snapshot} from '../snapshot/snapshot.js'

/** CollectOptions shape a collection: who hears of each section started, the deadline every probe shares, the host to probe
 * (the ping section is collected only with one), and the machine to collect from (default: the one NETDOC_ROOT names). */
export interface CollectOptions extends CollectRequest {
  progress?: (section: SectionName) => void
  host?: Host
}

/** collectSection runs one capability's collector and tags the gaps it added with its section (collectors run side by side). */
async function collectSection(snapshot: Snapshot, declared: Capability, options: CollectOptions & {host: Host}): Promise<void> {
  options.progress?.(declared.section)
  const gaps: Gap[] = []
  await declared.collect({
    snapshot,
    gaps,
    deadline: options.deadline,
    ping: options.ping,
    internet: options.internet,
    mail: options.mail,
    caps: options.caps,
    lldp: options.lldp,
    wifi: options.wifi,
    quick: options.quick,
    host: options.host,
  })
  snapshot.gaps.push(...gaps.map(gap => ({...gap, section: gap.section ?? declared.section})))
}

/** collectSnapshot collects the named sections: the ports first when named (every other collector reads them), then the others
 * side by side (the ping section only when `options.ping` names a host; it reads the ports itself, while its DNS question is
 * under way), every probe within `options.deadline`. */
export async function collectSnapshot(sections: SectionName[], options: CollectOptions = {}): Promise<Snapshot> {
  const snapshot = emptySnapshot()
  const resolved = {...options, host: options.host ?? hostFromEnv()}
  const named = CAPABILITIES.filter(declared => sections.includes(declared.section) && (declared.wanted?.(options) ?? true))
  for (const first of named.filter(declared => declared.collectedFirst)) await collectSection(snapshot, first, resolved)
  await Promise.all(named.filter(declared => !declared.collectedFirst).map(declared => collectSection(snapshot, declared, resolved)))
  return snapshot
}

/** collectNicsSnapshot collects the ports section. */
export function collectNicsSnapshot(options: CollectOptions = {}): Promise<Snapshot> {
  return collectSnapshot(['nics'], options)
}
