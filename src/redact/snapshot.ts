// Redacts a whole snapshot for sending, and checks that what comes out still loads with --from.
import type {Snapshot} from '../snapshot/snapshot.js'
import {createRedactor} from './redactor.js'

/** RedactedSnapshot is the redacted snapshot, or why it could not be made safely. */
export type RedactedSnapshot = {ok: true; snapshot: Snapshot} | {ok: false; error: string}

/** redactSnapshot masks every secret in a snapshot (the machine's own names too) and validates the result against the snapshot schema. */
export async function redactSnapshot(snapshot: Snapshot, machineNames: string[]): Promise<RedactedSnapshot> {
  const redacted = createRedactor({names: machineNames}).redactValue(snapshot)
  const {validateSnapshot} = await import('../snapshot/schema.js')
  const checked = validateSnapshot(redacted)
  if (!checked.ok) return {ok: false, error: `redaction left a snapshot that would not load (${checked.error}); please report this`}
  return {ok: true, snapshot: redacted}
}
