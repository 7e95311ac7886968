// Explaining a single 10 MB line: the matcher reads each line up to MAX_LINE characters (it says how many it cut), so the whole
// catalog, and the CLI end to end, answer in well under a second on it whatever the line holds.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {afterAll, describe, expect, it} from 'vitest'
import {cutLongLines, explainText, MAX_LINE} from '../../src/explain/explain-text.js'
import {catalogDirectory, compileCatalog, readCatalogFiles} from '../../src/explain/load-catalog.js'
import {NETDOC_BIN, cliEnv} from '../support/cli.js'

/** TEN_MB is the length of the long lines explained here. */
const TEN_MB = 10 * 1024 * 1024
/** EXPLAIN_MS bounds explaining a 10 MB line with the whole catalog: reading it takes tens of milliseconds, a pattern that
 * backtracks on it hours. */
const EXPLAIN_MS = 2000

const read = await readCatalogFiles(catalogDirectory())
if (!read.ok) throw new Error(read.error)
const catalog = compileCatalog(read.value)

function msOf(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

describe('cutLongLines', () => {
  it('cuts each line longer than MAX_LINE to its first MAX_LINE characters, keeping every line and line break', () => {
    const long = 'a'.repeat(MAX_LINE + 10)
    expect(cutLongLines(`short\n${long}\r\nlast`)).toEqual({text: `short\n${'a'.repeat(MAX_LINE)}\nlast`, cut: 1})
    expect(cutLongLines(`${long}\n${long}`)).toEqual({text: `${'a'.repeat(MAX_LINE)}\n${'a'.repeat(MAX_LINE)}`, cut: 2})
    const text = `one\n${'b'.repeat(MAX_LINE)}\n`
    expect(cutLongLines(text)).toEqual({text, cut: 0})
    expect(cutLongLines('')).toEqual({text: '', cut: 0})
  })
})

describe('explaining a single 10 MB line', () => {
  const keywords = () => [...new Set(catalog.entries.flatMap(entry => entry.keywords))]
  const dir = mkdtempSync(join(tmpdir(), 'netdoc-long-line-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it.each([
    ['every keyword, then a run of "("', () => `${keywords().join(' ')} ${'('.repeat(TEN_MB)}`],
    ['every keyword, then a run of letters', () => `${keywords().join(' ')} ${'a'.repeat(TEN_MB)}`],
    ['every keyword repeated', () => `${keywords().join(' ')} `.repeat(Math.ceil(TEN_MB / 4000))],
    ['a run of letters, then every keyword', () => `${'a'.repeat(TEN_MB)} ${keywords().join(' ')}`],
  ])('with the whole catalog: %s', (_shape, make) => {
    const text = make()
    const ms = msOf(() => explainText(text, catalog))
    expect(Math.min(ms, ms > EXPLAIN_MS ? msOf(() => explainText(text, catalog)) : ms)).toBeLessThan(EXPLAIN_MS)
    expect(explainText(text, catalog).longLines).toBe(1)
  })

  it('still recognises a message at the start of a line too long to read whole, and says the line was cut', () => {
    const result = explainText(`ping: connect: Network is unreachable${' '.repeat(TEN_MB)}x`, catalog)
    expect(result.matches.map(match => match.id)).toEqual(['ping.network-unreachable'])
    expect(explainText(`${'x'.repeat(MAX_LINE)} ping: connect: Network is unreachable`, catalog)).toMatchObject({matches: [], longLines: 1})
    expect(explainText('ping: connect: Network is unreachable', catalog).longLines).toBe(0)
  })

  it('end to end: `netdoc explain --file` on a 10 MB line answers in seconds, and says the line was cut', () => {
    const file = join(dir, 'big.txt')
    writeFileSync(file, `[  12.5] r8169 0000:01:00.0 eth0: Link is Down ${'eth0: link is up '.repeat(TEN_MB / 17)}\n`)
    const start = performance.now()
    const run = spawnSync(process.execPath, [NETDOC_BIN, 'explain', '--file', file], {
      env: cliEnv({NO_COLOR: '1'}),
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.signal, 'killed after 30 s').toBeNull()
    expect(performance.now() - start).toBeLessThan(10_000)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('[nic-driver.link-down]')
    expect(run.stdout).toContain(`1 line was longer than ${MAX_LINE} characters; only the first ${MAX_LINE} of each were read.`)
  })
})
