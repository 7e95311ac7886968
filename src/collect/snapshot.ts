// Fills a Snapshot's sections from the machine (or the recorded tree under NETDOC_ROOT), one collector per section; each gap a
// collector records is tagged with its section, so a report shows its own.
import type {SectionName} from '../cli/netdoc-command.js'
import type {Target} from '../parse/target.js'
import type {Deadline} from '../probe/deadline.js'
import {emptySnapshot, type Gap, type Snapshot} from '../snapshot/snapshot.js'
import {collectDisplays} from './displays.js'
import {collectNics} from './nics.js'

/** CollectOptions shape a collection: who hears of each section started, the deadline every probe shares, and the host to probe
 * (the ping section is collected only with one). */
export interface CollectOptions {
  progress?: (section: SectionName) => void
  deadline?: Deadline
  ping?: Target | null
}

/** tagGaps runs one section's collector and tags the gaps it added with the section (collectors may run side by side). */
async function tagGaps(snapshot: Snapshot, section: SectionName, collect: (gaps: Gap[]) => Promise<void>): Promise<void> {
  const gaps: Gap[] = []
  await collect(gaps)
  snapshot.gaps.push(...gaps.map(gap => ({...gap, section: gap.section ?? section})))
}

/** collectSection fills one section of a snapshot that already holds its ports (every section but nics reads them). */
async function collectSection(snapshot: Snapshot, section: SectionName, options: CollectOptions): Promise<void> {
  if (section === 'nics') return tagGaps(snapshot, section, async gaps => void (snapshot.nics = await collectNics(gaps)))
  if (section === 'displays') return tagGaps(snapshot, section, async gaps => void (snapshot.displays = await collectDisplays(gaps)))
  if (section === 'lan') return (await import('./lan.js')).collectLan(snapshot, {deadline: options.deadline})
  if (!options.ping) return
  const [{collectPing}, {Deadline}] = await Promise.all([import('./ping.js'), import('../probe/deadline.js')])
  await collectPing(options.ping, snapshot, options.deadline ?? Deadline.fromNow(PING_DEFAULT_MS))
}

/** PING_DEFAULT_MS bounds why-no-ping's probes when no deadline is given (why-no-ping's own --timeout default). */
const PING_DEFAULT_MS = 3000

/** collectSnapshot collects the named sections: the ports first when named, then the others side by side (the ping section only
 * when `options.ping` names a host; it reads the ports itself, while its DNS question is under way), every probe within
 * `options.deadline`. */
export async function collectSnapshot(sections: SectionName[], options: CollectOptions = {}): Promise<Snapshot> {
  const snapshot = emptySnapshot()
  const start = (section: SectionName) => {
    options.progress?.(section)
    return collectSection(snapshot, section, options)
  }
  if (sections.includes('nics')) await start('nics')
  await Promise.all(sections.filter(section => section !== 'nics' && (section !== 'ping' || options.ping)).map(start))
  return snapshot
}

/** EVERY_SECTION lists the sections `snapshot` and `report` collect (ping only with --ping). */
export const EVERY_SECTION: SectionName[] = ['nics', 'displays', 'lan', 'ping']

/** collectNicsSnapshot collects the ports section. */
export function collectNicsSnapshot(): Promise<Snapshot> {
  return collectSnapshot(['nics'])
}
