// Whether a fact of this machine went unread (a gap names it), so that a rule does not take its absence as a cause.
import type {Snapshot} from '../snapshot/snapshot.js'

/** unread tells whether a fact of this machine could not be read (a gap names it, e.g. "addresses" when `ip` is missing):
 * a rule must then not take its absence as a cause. */
export function unread(snapshot: Snapshot, fact: string): boolean {
  return snapshot.gaps.some(gap => gap.fact === fact)
}
