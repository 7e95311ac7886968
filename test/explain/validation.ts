// The frozen validation set (test/explain/validation/<category>.yaml): real messages as people pasted them into public issue
// trackers and forums, each with the category that should explain it and where it was seen. Collected without looking at the
// catalog and frozen before the catalog was extended; only ever added to, never edited to fit.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {z} from 'zod'
import {SOURCES} from '../../src/explain/catalog.js'
import type {LabelledMessage} from '../../src/explain/recognition.js'

/** VALIDATION_DIRECTORY holds test/explain/validation/<category>.yaml. */
export const VALIDATION_DIRECTORY = join(import.meta.dirname, 'validation')

const itemSchema = z.strictObject({
  category: z.enum(SOURCES),
  source: z.string().regex(/^https?:\/\/\S+$/),
  text: z.string().trim().min(1),
})

/** readValidationSet reads every file of the set, checked; an item sits in the file of its category. */
export function readValidationSet(): LabelledMessage[] {
  const messages: LabelledMessage[] = []
  for (const name of readdirSync(VALIDATION_DIRECTORY)
    .filter(file => file.endsWith('.yaml'))
    .sort()) {
    const items = z.array(itemSchema).safeParse(parse(readFileSync(join(VALIDATION_DIRECTORY, name), 'utf8')))
    if (!items.success) throw new Error(`${name}: ${items.error.message}`)
    for (const item of items.data) {
      if (`${item.category}.yaml` !== name)
        throw new Error(`${name}: an item of category ${item.category} belongs in ${item.category}.yaml`)
      messages.push(item)
    }
  }
  return messages
}
