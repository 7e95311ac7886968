// The Snapshot: every fact netdoc collected, one versioned JSON-serialisable object that rules read.
import type {NicsFacts} from './nics.js'

/** SNAPSHOT_VERSION is bumped whenever the Snapshot's shape changes incompatibly. */
export const SNAPSHOT_VERSION = 1

/** Gap records a fact that could not be collected, and why (e.g. "ethtool is not installed"). */
export interface Gap {
  fact: string
  reason: string
}

/** Snapshot holds the sections each command collected; a section absent was not collected. */
export interface Snapshot {
  version: number
  collectedAt: string
  gaps: Gap[]
  nics?: NicsFacts
}

/** emptySnapshot starts a snapshot with no sections. */
export function emptySnapshot(): Snapshot {
  return {version: SNAPSHOT_VERSION, collectedAt: new Date().toISOString(), gaps: []}
}
