// The Snapshot: every fact netdoc collected, one versioned JSON-serialisable object that rules read.
import {jsonText} from '../render/printable.js'
import type {InternetFacts} from '../capabilities/internet/facts.js'
import type {DisplaysFacts} from './displays.js'
import type {LanFacts} from './lan.js'
import type {NicsFacts} from './nics.js'
import type {PingFacts} from './ping.js'

/** SNAPSHOT_VERSION is bumped whenever the Snapshot's shape changes incompatibly. */
export const SNAPSHOT_VERSION = 1

/** SNAPSHOT_FORMAT marks a JSON file as a netdoc snapshot, so a foreign file is told apart from a corrupt one. */
export const SNAPSHOT_FORMAT = 'netdoc-snapshot'

/** Gap records a fact that could not be collected, and why (e.g. "ethtool is not installed"). */
export interface Gap {
  fact: string
  reason: string
  /** section names the snapshot section whose collector recorded the gap (set by collectSnapshot), so a report shows its own. */
  section?: string
}

/** Snapshot holds the sections each command collected; a section absent was not collected. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  version: number
  collectedAt: string
  gaps: Gap[]
  nics?: NicsFacts
  displays?: DisplaysFacts
  ping?: PingFacts
  lan?: LanFacts
  internet?: InternetFacts
}

/** sectionGaps lists the gaps a report shows: those of its own section, and those recorded outside any section. */
export function sectionGaps(snapshot: Snapshot, section: string): Gap[] {
  return snapshot.gaps.filter(gap => gap.section === undefined || gap.section === section)
}

/** snapshotText is a snapshot as the file `netdoc snapshot` writes: indented JSON ending in a newline. */
export function snapshotText(snapshot: Snapshot): string {
  return jsonText(snapshot) + '\n'
}

/** emptySnapshot starts a snapshot with no sections. */
export function emptySnapshot(): Snapshot {
  return {format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, collectedAt: new Date().toISOString(), gaps: []}
}
