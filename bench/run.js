// `npm run bench`: runs every section in bench/sections (or those named on the command line) and prints its figures.
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(join(here, 'sections'))
  .filter(file => file.endsWith('.js'))
  .sort()
for (const file of files) {
  const section = await import(join(here, 'sections', file))
  if (wanted.length > 0 && !wanted.includes(section.name)) continue
  console.log(`\n== ${section.name} ==`)
  await section.run()
}
