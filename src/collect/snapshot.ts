// Fills a Snapshot's sections from the machine (or the recorded tree under NETDOC_ROOT).
import {emptySnapshot, type Snapshot} from '../snapshot/snapshot.js'
import {collectNics} from './nics.js'

/** collectNicsSnapshot collects the ports section. */
export async function collectNicsSnapshot(): Promise<Snapshot> {
  const snapshot = emptySnapshot()
  snapshot.nics = await collectNics(snapshot.gaps)
  return snapshot
}
