// Fills a Snapshot's sections from the machine (or the recorded tree under NETDOC_ROOT), one collector per section.
import type {SectionName} from '../cli/netdoc-command.js'
import type {Target} from '../parse/target.js'
import {emptySnapshot, type Snapshot} from '../snapshot/snapshot.js'
import {collectDisplays} from './displays.js'
import {collectNics} from './nics.js'

/** sectionCollectors fill one section of a snapshot each, recording what they could not learn in its gaps. */
export const sectionCollectors: Record<SectionName, (snapshot: Snapshot) => Promise<void>> = {
  nics: async snapshot => {
    snapshot.nics = await collectNics(snapshot.gaps)
  },
  displays: async snapshot => {
    snapshot.displays = await collectDisplays(snapshot.gaps)
  },
  /** ping probes one target, so a snapshot without a target has no ping section; `netdoc why-no-ping <host>` collects it (collectPing). */
  ping: async () => {},
  /** lan listens on the cable and sends one DHCP DISCOVER (no lease taken) from the port carrying the LAN: a few seconds (collectLan). */
  lan: async snapshot => {
    const {collectLan} = await import('./lan.js')
    await collectLan(snapshot)
  },
}

/** collectSnapshot collects the named sections in order, telling `progress` which one it starts. */
export async function collectSnapshot(sections: SectionName[], progress: (section: SectionName) => void = () => {}): Promise<Snapshot> {
  const snapshot = emptySnapshot()
  for (const section of sections) {
    progress(section)
    const before = snapshot.gaps.length
    await sectionCollectors[section](snapshot)
    for (const gap of snapshot.gaps.slice(before)) gap.section ??= section
  }
  return snapshot
}

/** PingRequest asks a snapshot to include why-no-ping's probes of one target, within `timeoutMs` from when the probes start. */
export interface PingRequest {
  target: Target
  timeoutMs: number
}

/** collectEverything collects every section, and the probes of one target when asked (`--ping`), for `snapshot` and `report`. */
export async function collectEverything(ping: PingRequest | null, progress: (section: SectionName) => void = () => {}): Promise<Snapshot> {
  const sections = (Object.keys(sectionCollectors) as SectionName[]).filter(section => section !== 'ping')
  const snapshot = await collectSnapshot(sections, progress)
  if (ping) {
    progress('ping')
    const [{collectPing}, {Deadline}] = await Promise.all([import('./ping.js'), import('../probe/deadline.js')])
    await collectPing(ping.target, snapshot, Deadline.fromNow(ping.timeoutMs))
  }
  return snapshot
}

/** collectNicsSnapshot collects the ports section. */
export function collectNicsSnapshot(): Promise<Snapshot> {
  return collectSnapshot(['nics'])
}
