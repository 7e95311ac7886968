// Reads a snapshot file for replay (--from), telling corrupt, truncated, foreign and newer files apart.
import {MiB, readBoundedFile} from '../host/input-file.js'
import {jsonBoundsProblem} from './json-bounds.js'
import {SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot} from './snapshot.js'

/** LoadedSnapshot is the snapshot from a file, or the one-line reason it cannot be replayed. */
export type LoadedSnapshot = {ok: true; snapshot: Snapshot} | {ok: false; error: string}

/** MAX_SNAPSHOT_BYTES bounds a --from file: far larger than any real snapshot (a busy machine's is well under 1 MiB). */
export const MAX_SNAPSHOT_BYTES = 64 * MiB

function readText(path: string): {ok: true; text: string} | {ok: false; error: string} {
  const read = readBoundedFile(path, MAX_SNAPSHOT_BYTES)
  if (!read.ok) return read
  if (read.read.cut)
    return {ok: false, error: `${path} is larger than ${MAX_SNAPSHOT_BYTES / MiB} MiB, far larger than any netdoc snapshot`}
  return {ok: true, text: read.read.bytes.toString('utf8')}
}

/** SnapshotValidator checks a parsed value against the schema (src/snapshot/schema.ts, loaded only when a file is replayed). */
export type SnapshotValidator = (value: unknown) => LoadedSnapshot

/** checkSnapshotText checks a snapshot file's text: JSON, the bounds of src/snapshot/json-bounds.ts (no prototype keys, deep
 * nesting, huge lists or texts), netdoc's format marker, a version this netdoc reads, then `validate`, the schema. */
export function checkSnapshotText(text: string, path: string, validate: SnapshotValidator): LoadedSnapshot {
  if (text.trim() === '') return {ok: false, error: `${path} is empty, not a netdoc snapshot`}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {ok: false, error: `${path} is not valid JSON (corrupt or cut short): take the snapshot again`}
  }
  const problem = jsonBoundsProblem(value)
  if (problem !== null) return {ok: false, error: `${path} is refused: ${problem}`}
  const marked = typeof value === 'object' && value !== null ? (value as {format?: unknown; version?: unknown}) : {}
  if (marked.format !== SNAPSHOT_FORMAT) return {ok: false, error: `${path} is JSON, but not a netdoc snapshot`}
  if (typeof marked.version === 'number' && marked.version > SNAPSHOT_VERSION)
    return {
      ok: false,
      error: `${path} was made by a newer netdoc (snapshot version ${marked.version}; this one reads version ${SNAPSHOT_VERSION}): update netdoc`,
    }
  const checked = validate(value)
  return checked.ok ? checked : {ok: false, error: `${path} is damaged: ${checked.error}`}
}

/** parseSnapshotText checks a snapshot file's text (checkSnapshotText), loading the schema first. */
export async function parseSnapshotText(text: string, path: string): Promise<LoadedSnapshot> {
  const {validateSnapshot} = await import('./schema.js')
  return checkSnapshotText(text, path, validateSnapshot)
}

/** loadSnapshotFile reads and checks a snapshot file given on the command line. */
export async function loadSnapshotFile(path: string): Promise<LoadedSnapshot> {
  const read = readText(path)
  return read.ok ? parseSnapshotText(read.text, path) : read
}
