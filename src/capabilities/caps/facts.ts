// The facts `netdoc caps` gathers, as types derived from the section's schema (./schema.ts; imported as types only, so zod stays
// out of start-up).
import type {z} from 'zod'
import type {JOBS} from './jobs.js'
import type {capsSchema, fileCapabilities, programStep} from './schema.js'

/** Job is a job `--for` names: backup, restore, ping or bind. */
export type Job = (typeof JOBS)[number]

/** ProgramStep is one file on the way from the program named to the one that runs (a symlink, a script, the binary). */
export type ProgramStep = z.output<typeof programStep>

/** FileCaps is a file's decoded security.capability attribute. */
export type FileCaps = z.output<typeof fileCapabilities>

/** CapsFacts are the whole section: what was asked, the program's files, the process, and the user's PAM and capability.conf. */
export type CapsFacts = z.output<typeof capsSchema>

/** CapsRequest is what `netdoc caps` asks for (the section is collected only with one). */
export type CapsRequest = CapsFacts['request']
