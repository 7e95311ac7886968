// A broken catalog (bad YAML, a schema error, a dangling reference) is reported as a value naming the file and the problem.
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {catalogDirectory, loadCatalogFrom, readCatalogFiles} from '../../src/explain/load-catalog.js'
import {PROJECT_ROOT} from '../support/cli.js'

const root = mkdtempSync(join(tmpdir(), 'netdoc-catalog-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
let count = 0

function catalogWith(files: Record<string, string>): string {
  const directory = join(root, String(count++))
  mkdirSync(directory)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text)
  return directory
}

const entry = (id: string, extra = '') => `
  - id: ${id}
    severity: error
    title: T
    keywords: [word]
    patterns: ['word (?<iface>\\S+)']
    meaning: M
    causes: [C]
    next: [N]${extra}`

const header = 'source: ping\nhints: [ping]\ncapture: [Paste it.]\nentries:'

describe('readCatalogFiles', () => {
  it('finds the catalog shipped in the package, not through NETDOC_ROOT', () => {
    expect(catalogDirectory()).toBe(join(PROJECT_ROOT, 'rules', 'catalog'))
  })

  it('reads a good file', async () => {
    const result = await readCatalogFiles(catalogWith({'ping.yaml': header + entry('ping.one', '\n    detail: "{iface}"')}))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value[0]!.entries[0]).toMatchObject({id: 'ping.one', source: 'ping', detail: '{iface}'})
  })

  it('names the file when its YAML does not parse', async () => {
    const result = await readCatalogFiles(catalogWith({'ping.yaml': 'source: ping\nentries: [unclosed'}))
    expect(result).toMatchObject({ok: false, error: expect.stringMatching(/^catalog file ping\.yaml: /)})
  })

  it('names the field that breaks the schema', async () => {
    const result = await readCatalogFiles(
      catalogWith({'ping.yaml': header + entry('ping.one').replace('severity: error', 'severity: fatal')}),
    )
    expect(result).toMatchObject({ok: false, error: expect.stringMatching(/ping\.yaml: entries\.0\.severity/)})
  })

  it('refuses a pattern that is not a regular expression, and upper-case keywords', async () => {
    const badRegex = await readCatalogFiles(
      catalogWith({'ping.yaml': header + entry('ping.one').replace("'word (?<iface>\\S+)'", "'word ('")}),
    )
    expect(badRegex.ok).toBe(false)
    const upper = await readCatalogFiles(catalogWith({'ping.yaml': header + entry('ping.one').replace('[word]', '[Word]')}))
    expect(upper.ok).toBe(false)
  })

  it('refuses a file named after another source', async () => {
    const result = await readCatalogFiles(catalogWith({'arp.yaml': header + entry('ping.one')}))
    expect(result).toMatchObject({ok: false, error: expect.stringContaining('must be named ping.yaml')})
  })

  it('finds duplicate ids, unknown references and groups the patterns lack', async () => {
    const result = await readCatalogFiles(
      catalogWith({
        'ping.yaml':
          header + entry('ping.one') + entry('ping.one') + entry('ping.two', '\n    quietWhen: [ping.nothing]\n    detail: "{addr}"'),
      }),
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain('ping.one: the id is used twice')
      expect(result.error).toContain('ping.two: quietWhen names unknown entry "ping.nothing"')
      expect(result.error).toContain('ping.two: uses the group "addr"')
    }
  })

  it('says when the directory is missing or holds no catalog files', async () => {
    expect(await readCatalogFiles(join(root, 'nowhere'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('cannot read the catalog directory'),
    })
    expect(await readCatalogFiles(catalogWith({'README.md': 'hi'}))).toMatchObject({
      ok: false,
      error: expect.stringContaining('holds no .yaml files'),
    })
  })
})

describe('loadCatalogFrom and its cache', () => {
  const yaml = header + entry('ping.one')

  it('writes the validated catalog to the cache, reads it back, and misses it after an edit', async () => {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    const cacheDir = join(root, `cache-${count++}`)
    const first = await loadCatalogFrom(catalogDir, cacheDir)
    expect(first.ok).toBe(true)
    const cached = readdirSync(cacheDir)
    expect(cached).toHaveLength(1)
    expect(cached[0]).toMatch(/^catalog-[0-9a-f]{32}\.json$/)
    const second = await loadCatalogFrom(catalogDir, cacheDir)
    expect(second.ok && second.value.entries.map(e => e.id)).toEqual(['ping.one'])
    writeFileSync(join(catalogDir, 'ping.yaml'), yaml + entry('ping.two'))
    const edited = await loadCatalogFrom(catalogDir, cacheDir)
    expect(edited.ok && edited.value.entries.map(e => e.id)).toEqual(['ping.one', 'ping.two'])
    expect(readdirSync(cacheDir)).toHaveLength(1)
    expect(readdirSync(cacheDir)[0]).not.toBe(cached[0])
  })

  it('ignores a damaged cache file and never caches a broken catalog', async () => {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    const cacheDir = join(root, `cache-${count++}`)
    await loadCatalogFrom(catalogDir, cacheDir)
    const [name] = readdirSync(cacheDir)
    writeFileSync(join(cacheDir, name!), '{not json')
    expect((await loadCatalogFrom(catalogDir, cacheDir)).ok).toBe(true)
    const broken = catalogWith({'ping.yaml': yaml.replace('severity: error', 'severity: fatal')})
    const brokenCache = join(root, `cache-${count++}`)
    expect((await loadCatalogFrom(broken, brokenCache)).ok).toBe(false)
    expect(existsSync(brokenCache)).toBe(false)
  })

  /** forged writes a cache file under the right name whose catalog says something else (the entry's title), as another user could. */
  async function forged(mode: number, owner: number | null): Promise<{catalogDir: string; cacheDir: string}> {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    const cacheDir = join(root, `cache-${count++}`)
    await loadCatalogFrom(catalogDir, cacheDir)
    const [name] = readdirSync(cacheDir)
    const path = join(cacheDir, name!)
    writeFileSync(path, readFileSync(path, 'utf8').replace('"title":"T"', '"title":"FORGED"'))
    chmodSync(path, mode)
    if (owner !== null) chownSync(path, owner, owner)
    return {catalogDir, cacheDir}
  }
  const titleOf = async ({catalogDir, cacheDir}: {catalogDir: string; cacheDir: string}) => {
    const loaded = await loadCatalogFrom(catalogDir, cacheDir)
    return loaded.ok ? loaded.value.entries[0]!.title : null
  }

  it('reads its own cache (a forged title shows that it was read)', async () => {
    expect(await titleOf(await forged(0o600, null))).toBe('FORGED')
  })

  it('never trusts a cache file others may write, or one owned by another user (as root)', async () => {
    expect(await titleOf(await forged(0o666, null))).toBe('T')
    if (process.getuid?.() === 0) expect(await titleOf(await forged(0o600, 65534))).toBe('T')
  })

  it('ignores a cache made for another catalog, and a symlink put in its place', async () => {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    const cacheDir = join(root, `cache-${count++}`)
    await loadCatalogFrom(catalogDir, cacheDir)
    const [name] = readdirSync(cacheDir)
    const path = join(cacheDir, name!)
    const content = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(
      path,
      JSON.stringify({
        ...content,
        key: 'another',
        files: content.files.map((f: {entries: {title: string}[]}) => ({...f, entries: f.entries.map(e => ({...e, title: 'FOREIGN'}))})),
      }),
    )
    expect(await titleOf({catalogDir, cacheDir})).toBe('T')
    const elsewhere = join(root, `elsewhere-${count++}.json`)
    writeFileSync(elsewhere, readFileSync(path, 'utf8').replace('"title":"T"', '"title":"LINKED"'))
    rmSync(path)
    symlinkSync(elsewhere, path)
    expect(await titleOf({catalogDir, cacheDir})).toBe('T')
  })

  it('works without a cache, and when the cache cannot be written', async () => {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    expect((await loadCatalogFrom(catalogDir, null)).ok).toBe(true)
    const file = join(root, `not-a-directory-${count++}`)
    writeFileSync(file, '')
    expect((await loadCatalogFrom(catalogDir, join(file, 'netdoc'))).ok).toBe(true)
  })
})

describe('the general knowledge (rules/general) loaded with the catalog', () => {
  const yaml = header + entry('ping.one')
  const realGeneral = join(PROJECT_ROOT, 'rules', 'general')
  const generalWith = (edit: (name: string, text: string) => string): string => {
    const directory = join(root, `general-${count++}`)
    mkdirSync(directory)
    for (const name of readdirSync(realGeneral))
      writeFileSync(join(directory, name), edit(name, readFileSync(join(realGeneral, name), 'utf8')))
    return directory
  }

  it('is refused, naming the file and the problem, when a file is missing or breaks the schema', async () => {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    const missing = generalWith((_, text) => text)
    rmSync(join(missing, 'errnos.yaml'))
    expect(await loadCatalogFrom(catalogDir, null, missing)).toMatchObject({ok: false, error: expect.stringContaining('errnos.yaml')})
    const broken = generalWith((name, text) => (name === 'speakers.yaml' ? text.replace('source: ppp', 'source: telex') : text))
    expect(await loadCatalogFrom(catalogDir, null, broken)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/rules\/general: speakers\.0\.source/),
    })
  })

  it('is cached with the catalog and read anew after an edit to one of its files', async () => {
    const catalogDir = catalogWith({'ping.yaml': yaml})
    const cacheDir = join(root, `cache-${count++}`)
    const general = generalWith((_, text) => text)
    const first = await loadCatalogFrom(catalogDir, cacheDir, general)
    expect(first.ok ? first.value.speakers[0]!.speaker.id : first.error).toBe('pppd')
    const speakers = join(general, 'speakers.yaml')
    writeFileSync(speakers, readFileSync(speakers, 'utf8').replace('name: pppd, the PPP daemon', 'name: PPPD EDITED'))
    const edited = await loadCatalogFrom(catalogDir, cacheDir, general)
    expect(edited.ok && edited.value.speakers[0]!.speaker.name).toContain('PPPD EDITED')
    expect(edited.ok && edited.value.speakers[0]!.regexes[0]).toBeInstanceOf(RegExp)
  })
})
