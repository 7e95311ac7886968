// The schema of a snapshot's caps section (zod), checked when `netdoc caps --from` replays one: the program and the files it
// resolves to, the process, and the user's PAM files and capability.conf, as read.
import {z} from 'zod'
import {nullableNumber, nullableString, strings} from '../../snapshot/schema-parts.js'

import {JOBS} from './jobs.js'

const mask = z.string().regex(/^[0-9a-f]{16}$/, {message: 'not a capability mask of 16 hex digits'})

/** fileCapabilities validates a decoded security.capability attribute. */
export const fileCapabilities = z.object({
  revision: z.number(),
  effective: z.boolean(),
  permitted: mask,
  inheritable: mask,
  rootid: nullableNumber,
})

/** programStep validates one file on the way from the program named to the file that runs. */
export const programStep = z.object({
  path: z.string(),
  kind: z.enum(['symlink', 'script', 'file', 'missing', 'other']),
  /** via is what leads on: a symlink's target as written, a script's `#!` line. */
  via: nullableString,
  entry: z.object({mode: z.number(), uid: z.number(), gid: z.number()}).nullable(),
  capsRead: z.enum(['read', 'none', 'unread']),
  caps: fileCapabilities.nullable(),
  capsProblem: nullableString,
  /** mount is the mount the file lies on and whether it is nosuid (the kernel then ignores file capabilities and set-uid), null when unknown. */
  mount: z.object({point: z.string(), nosuid: z.boolean()}).nullable(),
})

const processStatus = z.object({
  name: nullableString,
  uid: z.array(z.number()),
  gid: z.array(z.number()),
  inheritable: mask,
  permitted: mask,
  effective: mask,
  bounding: mask,
  ambient: mask.nullable(),
  noNewPrivs: z.boolean().nullable(),
})

const textFile = z.object({path: z.string(), text: nullableString, problem: nullableString})

/** capsSchema validates the caps section. */
export const capsSchema = z.object({
  request: z.object({
    program: nullableString,
    pid: nullableNumber,
    user: nullableString,
    job: z.enum(JOBS).nullable(),
  }),
  program: z.object({asked: z.string(), steps: z.array(programStep), runs: nullableString}).nullable(),
  process: z
    .object({pid: z.number(), source: z.enum(['given', 'parent']), status: processStatus.nullable(), problem: nullableString})
    .nullable(),
  user: z
    .object({
      name: z.string(),
      found: z.boolean(),
      uid: nullableNumber,
      gid: nullableNumber,
      groups: strings,
      pamFiles: z.array(textFile),
      pamProblem: nullableString,
      confFiles: z.array(textFile),
    })
    .nullable(),
})
