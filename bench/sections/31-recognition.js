// Bench: how much of the frozen validation set (test/explain/validation, real pasted messages) explain recognises in the right
// category, per category, and how much more gets at least a general answer there; and the same for the unseen set
// (test/explain/unseen), collected later and never used to extend the catalog: how well it generalises.
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import {parse} from 'yaml'

export const name = 'recognition'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`.padStart(6)

export async function run() {
  for (const set of ['validation', 'unseen']) {
    console.log(`-- ${set} --`)
    await measure(join(root, 'test', 'explain', set))
  }
}

async function measure(directory) {
  const messages = readdirSync(directory)
    .filter(file => file.endsWith('.yaml'))
    .sort()
    .flatMap(file => parse(readFileSync(join(directory, file), 'utf8')))
  const {loadCatalogFrom, catalogDirectory} = await import(join(root, 'dist', 'src', 'explain', 'load-catalog.js'))
  const {recognition} = await import(join(root, 'dist', 'src', 'explain', 'recognition.js'))
  const catalog = await loadCatalogFrom(catalogDirectory(), null)
  if (!catalog.ok) throw new Error(catalog.error)
  const {byCategory, all, missed} = recognition(messages, catalog.value)
  console.log(`${'category'.padEnd(14)} ${'messages'.padStart(8)}  recognised  answered`)
  for (const [category, tally] of [...byCategory].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `${category.padEnd(14)} ${String(tally.total).padStart(8)}  ${percent(tally.recognised, tally.total).padStart(10)}  ${percent(tally.answered, tally.total).padStart(8)}`,
    )
  console.log(
    `${'all'.padEnd(14)} ${String(all.total).padStart(8)}  ${percent(all.recognised, all.total).padStart(10)}  ${percent(all.answered, all.total).padStart(8)}`,
  )
  console.log(
    '(recognised: a catalog entry or an SMTP status code of the right category comes first; answered: that, or a general answer there)',
  )
  if (process.env.NETDOC_BENCH_MISSED)
    for (const {message, first} of missed)
      console.log(`  ${message.category} <- ${first?.id ?? 'nothing'}: ${message.text.split('\n')[0].slice(0, 150)}`)
}
