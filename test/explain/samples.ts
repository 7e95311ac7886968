// The catalog's real samples, variants and near-misses (test/explain/samples/<source>.yaml), read and checked for the tests.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {z} from 'zod'

/** SAMPLES_DIRECTORY holds test/explain/samples/<source>.yaml. */
export const SAMPLES_DIRECTORY = join(import.meta.dirname, 'samples')

const sampleSchema = z.strictObject({
  text: z.string().min(1),
  source: z.string().min(8),
  alsoMatches: z.array(z.string()).optional(),
})
const casesSchema = z.strictObject({
  /** samples are real messages with the page they were seen on; an entry made from its program's formats may have none, then variants. */
  samples: z.array(sampleSchema).default([]),
  variants: z.array(z.string().min(1)).optional(),
  nearMisses: z.array(z.string().min(1)).min(1),
})
const samplesFileSchema = z.record(z.string(), casesSchema)
/** Cases are one entry's real samples, variants and near-misses. */
export type Cases = z.infer<typeof casesSchema>

/** readSamples reads every samples file, checked, as entry id → its cases. */
export function readSamples(): Map<string, Cases> {
  const all = new Map<string, Cases>()
  for (const name of readdirSync(SAMPLES_DIRECTORY).filter(file => file.endsWith('.yaml'))) {
    const parsed = samplesFileSchema.safeParse(parse(readFileSync(join(SAMPLES_DIRECTORY, name), 'utf8')))
    if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`)
    for (const [id, cases] of Object.entries(parsed.data)) {
      if (all.has(id)) throw new Error(`${id} has samples in two files`)
      all.set(id, cases)
    }
  }
  return all
}
