// The schema a snapshot file must match before any command replays it (zod, imported only when loading); the Snapshot type
// (src/snapshot/snapshot.ts) is derived from it.
import {z} from 'zod'
import {capsSchema} from '../capabilities/caps/schema.js'
import {displaysSchema} from '../capabilities/displays/schema.js'
import {internetSchema} from '../capabilities/internet/schema.js'
import {pathSegment} from './json-bounds.js'
import {lanSchema} from '../capabilities/lan/schema.js'
import {mailSchema} from '../capabilities/mail/schema.js'
import {nicsSchema} from '../capabilities/nics/schema.js'
import {dateText} from './schema-parts.js'
import {pingSchema} from '../capabilities/ping/schema.js'
import {wifiSchema} from '../capabilities/wifi/schema.js'
import {SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot} from './snapshot.js'

/** gap records a fact that could not be collected, and why (e.g. "ethtool is not installed"). */
export const gap = z.object({
  fact: z.string(),
  reason: z.string(),
  /** section names the snapshot section whose collector recorded the gap (set by collectSnapshot), so a report shows its own. */
  section: z.string().optional(),
})

/** snapshotSchema is the whole file's schema: the envelope and every section it may hold (a section absent was not collected). */
export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  collectedAt: dateText,
  gaps: z.array(gap),
  nics: nicsSchema.optional(),
  displays: displaysSchema.optional(),
  lan: lanSchema.optional(),
  ping: pingSchema.optional(),
  internet: internetSchema.optional(),
  mail: mailSchema.optional(),
  caps: capsSchema.optional(),
  wifi: wifiSchema.optional(),
})

/** describeIssue turns the first schema violation into one line: where in the file, and what is wrong. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'it does not match the snapshot schema'
  const where = issue.path.length > 0 ? issue.path.map(pathSegment).join('.') : 'the top level'
  return `${where}: ${issue.message}`
}

/** FIRST_ISSUE_ONLY makes zod stop at the first issue (the one the refusal names) instead of collecting one per element of a
 * list: 100,000 empty routes made 400,000 issues in 0.6 s. zod 4 honours it (z.validate uses it) without typing it; without
 * it the message is the same, only slower (test/snapshot/load.test.ts times it). */
const FIRST_ISSUE_ONLY = {abortEarly: true} as z.core.ParseContext<z.core.$ZodIssue>

/** validateSnapshot checks a parsed JSON value against the schema; it returns the snapshot or a one-line reason. */
export function validateSnapshot(value: unknown): {ok: true; snapshot: Snapshot} | {ok: false; error: string} {
  const result = snapshotSchema.safeParse(value, FIRST_ISSUE_ONLY)
  return result.success ? {ok: true, snapshot: result.data} : {ok: false, error: describeIssue(result.error)}
}
