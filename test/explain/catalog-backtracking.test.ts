// Every catalog pattern on the lines most likely to make it backtrack (its keywords and pieces repeated, long runs of what its
// quantifiers take, its samples cut and pumped): each stays quick on such lines as long as the matcher reads (MAX_LINE), and
// explaining a 10 MB line of the worst of them takes well under a second.
import {performance} from 'node:perf_hooks'
import {describe, expect, it} from 'vitest'
import type {Catalog, CatalogFile, CompiledEntry} from '../../src/explain/catalog.js'
import {explainText, MAX_LINE, messagesOf} from '../../src/explain/explain-text.js'
import {catalogDirectory, compileCatalog, loadCatalogFrom, patternsOf, readCatalogFiles} from '../../src/explain/load-catalog.js'
import {adversarialLines, type AdversarialLine} from './adversarial-lines.js'
import {readSamples} from './samples.js'

/** TEN_MB is the length of the long line every pattern is explained on. */
const TEN_MB = 10 * 1024 * 1024
/** PATTERN_MS bounds one pattern's time on all its adversarial lines of MAX_LINE characters: a linear pattern takes a fraction of
 * a millisecond, one that backtracks over a leading run takes tens of milliseconds on each such line. */
const PATTERN_MS = 100
/** EXPLAIN_MS bounds explaining a 10 MB line: a linear scan of it takes tens of milliseconds, a backtracking pattern hours. */
const EXPLAIN_MS = 1000

const read = await readCatalogFiles(catalogDirectory())
if (!read.ok) throw new Error(read.error)
const files: CatalogFile[] = read.value
const catalog: Catalog = compileCatalog(files)
const samples = readSamples()

/** PATTERNS are every pattern of every entry of the catalog, those written and those made from the program's formats. */
const PATTERNS = catalog.entries.flatMap(entry =>
  patternsOf(entry).map((source, index) => ({label: `${entry.id} pattern ${index + 1}`, entry, index, source})),
)

function msOf(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

/** timeOnLines runs a pattern on each line of MAX_LINE characters and returns the total time and the slowest line. */
function timeOnLines(regex: RegExp, lines: AdversarialLine[]): {total: number; slowest: AdversarialLine} {
  let total = 0
  let slowest = {ms: -1, line: lines[0]!}
  for (const line of lines) {
    const text = line.line(MAX_LINE)
    const ms = msOf(() => regex.exec(text))
    total += ms
    if (ms > slowest.ms) slowest = {ms, line}
  }
  return {total, slowest: slowest.line}
}

/** entryCatalog is a catalog of one entry, so explaining a line runs that entry's patterns only. */
function entryCatalog(entry: CompiledEntry): Catalog {
  const file = files.find(candidate => candidate.source === entry.source)!
  return compileCatalog([{...file, entries: file.entries.filter(candidate => candidate.id === entry.id)}])
}

describe('every catalog pattern on adversarial lines', () => {
  it.each(PATTERNS)('$label', ({entry, index, source}) => {
    const regex = entry.regexes[index]!
    const cases = samples.get(entry.id)!
    const messages = [...cases.samples.map(sample => sample.text), ...(cases.variants ?? [])].flatMap(messagesOf)
    const lines = adversarialLines(source, entry.keywords, messages)
    let {total, slowest} = timeOnLines(regex, lines)
    if (total > PATTERN_MS) ({total, slowest} = timeOnLines(regex, lines))
    expect(total, `${lines.length} lines of ${MAX_LINE} characters; the slowest: ${slowest.shape}`).toBeLessThan(PATTERN_MS)

    const keywordFirst = lines.filter(line => line.line(200).toLowerCase().includes(entry.keywords[0]!))
    const long = (keywordFirst.includes(slowest) ? slowest : (keywordFirst[0] ?? slowest)).line(TEN_MB)
    const one = entryCatalog(entry)
    const ms = Math.min(
      msOf(() => explainText(long, one)),
      EXPLAIN_MS + 1,
    )
    const again = ms > EXPLAIN_MS ? msOf(() => explainText(long, one)) : ms
    expect(Math.min(ms, again), `explaining a 10 MB line (${slowest.shape})`).toBeLessThan(EXPLAIN_MS)
    expect(explainText(long, one).longLines).toBe(1)
  })
})

describe('every speaker pattern of the general answers on adversarial lines', async () => {
  const loaded = await loadCatalogFrom(catalogDirectory(), null)
  if (!loaded.ok) throw new Error(loaded.error)
  const speakers = loaded.value.speakers.flatMap(({speaker, regexes}) =>
    regexes.map((regex, index) => ({label: `speaker ${speaker.id} pattern ${index + 1}`, regex, source: speaker.patterns[index]!})),
  )
  it.each(speakers)('$label', ({regex, source}) => {
    const lines = adversarialLines(source, [], [])
    let {total, slowest} = timeOnLines(regex, lines)
    if (total > PATTERN_MS) ({total, slowest} = timeOnLines(regex, lines))
    expect(total, `${lines.length} lines of ${MAX_LINE} characters; the slowest: ${slowest.shape}`).toBeLessThan(PATTERN_MS)
  })
})
