// The schema a snapshot file must match before any command replays it (zod, imported only when loading).
import {z} from 'zod'
import {internetSchema} from '../capabilities/internet/schema.js'
import {displaysSchema} from './displays-schema.js'
import {pathSegment} from './json-bounds.js'
import {lanSchema} from './lan-schema.js'
import {cidrText, dateText, ipText, macText, nullableNumber, nullableString, routeDestination} from './schema-parts.js'
import {pingSchema} from './ping-schema.js'
import {SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot} from './snapshot.js'


const port = z.object({
  name: nullableString,
  kind: z.enum(['onboard', 'card', 'usb', 'virtual', 'unknown']),
  kindEvidence: z.string(),
  virtualType: nullableString,
  wireless: z.boolean(),
  adminUp: z.boolean().nullable(),
  carrier: z.boolean().nullable(),
  operstate: nullableString,
  speedMbps: nullableNumber,
  maxSpeedMbps: nullableNumber,
  duplex: nullableString,
  mac: macText.nullable(),
  driver: nullableString,
  busId: nullableString,
  vendorId: nullableString,
  deviceId: nullableString,
  vendor: nullableString,
  model: nullableString,
  addresses: z.array(cidrText),
  carrierUpCount: nullableNumber,
  carrierDownCount: nullableNumber,
  counters: z
    .object({rxPackets: z.number(), txPackets: z.number(), rxErrors: z.number(), txErrors: z.number(), rxCrcErrors: z.number()})
    .nullable(),
})

const route = z.object({destination: routeDestination, gateway: ipText.nullable(), dev: z.string(), linkdown: z.boolean()})

/** sectionSchemas validate each section a snapshot may hold; a section's key is its name in the Snapshot. */
export const sectionSchemas = {
  nics: z.object({ports: z.array(port), routes: z.array(route), kernelLog: z.object({source: z.string(), lines: z.array(z.string())}).nullable().optional()}),
  displays: displaysSchema,
  lan: lanSchema,
  ping: pingSchema,
  internet: internetSchema,
}

/** snapshotSchema is the whole file's schema: the envelope and every section it may hold. */
export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  collectedAt: dateText,
  gaps: z.array(z.object({fact: z.string(), reason: z.string(), section: z.string().optional()})),
  ...Object.fromEntries(Object.entries(sectionSchemas).map(([name, schema]) => [name, schema.optional()])),
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
  return result.success ? {ok: true, snapshot: result.data as unknown as Snapshot} : {ok: false, error: describeIssue(result.error)}
}
