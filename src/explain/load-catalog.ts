// Reads the catalog shipped with netdoc (rules/catalog/*.yaml, found relative to this package), validates and compiles it once;
// the validated catalog is cached as JSON (keyed by the YAML's content) so later runs skip the slow YAML parser and zod.
import {createHash} from 'node:crypto'
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parsed, unparsable, type Parsed} from '../parse/parse-result.js'
import type {Catalog, CatalogEntry, CatalogFile, CompiledEntry, General} from './catalog.js'
import {formatKeyword, formatPattern} from './printf-pattern.js'

/** catalogDirectory finds rules/catalog in the netdoc package, from src/explain (tests) or dist/src/explain (built). */
export function catalogDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 6; up++) {
    const candidate = join(directory, 'rules', 'catalog')
    if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate
    directory = dirname(directory)
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'catalog')
}

/** generalDirectory is rules/general, beside the catalog: who wrote a line, errnos, SMTP status codes. */
export function generalDirectory(): string {
  return join(dirname(catalogDirectory()), 'general')
}

/** NO_GENERAL knows nothing beyond the catalog: the general answers of a catalog compiled without rules/general. */
export const NO_GENERAL: General = {speakers: [], errnos: [], smtp: {classes: {}, subjects: {}, details: {}}}

/** GENERAL_FILES are the files of rules/general and the key each one's content goes under. */
const GENERAL_FILES = {'speakers.yaml': 'speakers', 'errnos.yaml': 'errnos', 'smtp-status.yaml': 'smtp'} as const

function namedGroups(pattern: string): Set<string> {
  return new Set([...pattern.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map(match => match[1]!))
}

/** patternsOf lists every pattern of an entry: those written as regular expressions, then those made from its printf formats. */
export function patternsOf(entry: CatalogEntry): string[] {
  return [...entry.patterns, ...entry.formats.map(format => formatPattern(format.format, format.args))]
}

/** keywordsOf lists an entry's keywords: those written, then each format's longest literal text. */
export function keywordsOf(entry: CatalogEntry): string[] {
  const fromFormats = entry.formats.map(format => formatKeyword(format.format, format.args)).filter(word => word !== null)
  return [...new Set([...entry.keywords, ...fromFormats])]
}

function groupsUsed(entry: CatalogEntry): string[] {
  const fromDetail = [...(entry.detail ?? '').matchAll(/\{(\w+)(?:\|[\w-]+)?\}/g)].map(match => match[1]!)
  const fromDerivation = [entry.derivedFrom?.distinct, entry.derivedFrom?.per].filter((name): name is string => name !== undefined)
  return [...fromDetail, ...fromDerivation]
}

/** checkReferences finds what the schema alone cannot: duplicate ids, unknown ids, and capture groups a pattern lacks. */
export function checkReferences(files: CatalogFile[]): string[] {
  const problems: string[] = []
  const entries = files.flatMap(file => file.entries)
  const byId = new Map<string, CatalogEntry>()
  for (const entry of entries) {
    if (byId.has(entry.id)) problems.push(`${entry.id}: the id is used twice`)
    byId.set(entry.id, entry)
  }
  for (const entry of entries) {
    const base = entry.derivedFrom ? byId.get(entry.derivedFrom.from) : entry
    if (entry.derivedFrom && (!base || base.derivedFrom)) {
      problems.push(`${entry.id}: derivedFrom names "${entry.derivedFrom.from}", which is not an entry with patterns`)
      continue
    }
    for (const id of entry.resolvedBy ?? []) if (!byId.has(id)) problems.push(`${entry.id}: resolvedBy names unknown entry "${id}"`)
    for (const id of entry.quietWhen ?? []) if (!byId.has(id)) problems.push(`${entry.id}: quietWhen names unknown entry "${id}"`)
    for (const group of groupsUsed(entry)) {
      for (const pattern of patternsOf(base!)) {
        if (!namedGroups(pattern).has(group))
          problems.push(`${entry.id}: uses the group "${group}", which the pattern /${pattern}/ does not capture`)
      }
    }
    if (entry.subject !== undefined && !patternsOf(base!).some(pattern => namedGroups(pattern).has(entry.subject!)))
      problems.push(`${entry.id}: its subject "${entry.subject}" is captured by none of its patterns`)
  }
  return problems
}

/** compileCatalog turns validated catalog files (and the general knowledge) into the compiled catalog explainText uses, in file order. */
export function compileCatalog(files: CatalogFile[], general: General = NO_GENERAL): Catalog {
  let order = 0
  const entries: CompiledEntry[] = files.flatMap(file =>
    file.entries.map(entry => ({
      ...entry,
      source: file.source,
      order: order++,
      keywords: keywordsOf(entry),
      regexes: patternsOf(entry).map(pattern => new RegExp(pattern, 'i')),
    })),
  )
  const speakers = general.speakers.map(speaker => ({speaker, regexes: speaker.patterns.map(pattern => new RegExp(pattern, 'i'))}))
  return {entries, files, general, speakers}
}

/** CatalogText is one catalog file's name and text, as read from the directory. */
export interface CatalogText {
  name: string
  text: string
}

/** readCatalogTexts reads every <source>.yaml in a directory, sorted by name. */
export function readCatalogTexts(directory: string): Parsed<CatalogText[]> {
  let names: string[]
  try {
    names = readdirSync(directory)
      .filter(name => name.endsWith('.yaml'))
      .sort()
  } catch (error) {
    return unparsable(`cannot read the catalog directory ${directory}: ${(error as Error).message}`)
  }
  if (names.length === 0) return unparsable(`the catalog directory ${directory} holds no .yaml files`)
  try {
    return parsed(names.map(name => ({name, text: readFileSync(join(directory, name), 'utf8')})))
  } catch (error) {
    return unparsable(`cannot read the catalog: ${(error as Error).message}`)
  }
}

/** parseCatalogTexts parses and validates catalog files (YAML 1.2, the zod schema, then references between entries). */
export async function parseCatalogTexts(texts: CatalogText[]): Promise<Parsed<CatalogFile[]>> {
  const [{parse}, {catalogFileSchema, formatSchemaError}] = await Promise.all([import('yaml'), import('./catalog-schema.js')])
  const files: CatalogFile[] = []
  for (const {name, text} of texts) {
    let data: unknown
    try {
      data = parse(text)
    } catch (error) {
      return unparsable(`catalog file ${name}: ${(error as Error).message.split('\n')[0]}`)
    }
    const checked = catalogFileSchema.safeParse(data)
    if (!checked.success) return unparsable(`catalog file ${name}: ${formatSchemaError(checked.error)}`)
    if (`${checked.data.source}.yaml` !== name)
      return unparsable(`catalog file ${name}: its source is "${checked.data.source}", so it must be named ${checked.data.source}.yaml`)
    files.push(checked.data) // the schema fills in each entry's source from the file's
  }
  const problems = checkReferences(files)
  return problems.length > 0 ? unparsable(`catalog: ${problems.join('; ')}`) : parsed(files)
}

/** readGeneralTexts reads the files of rules/general (each one must be there). */
export function readGeneralTexts(directory: string): Parsed<CatalogText[]> {
  try {
    return parsed(Object.keys(GENERAL_FILES).map(name => ({name, text: readFileSync(join(directory, name), 'utf8')})))
  } catch (error) {
    return unparsable(`cannot read netdoc's general knowledge: ${(error as Error).message}`)
  }
}

/** parseGeneralTexts parses and validates the files of rules/general into one General. */
export async function parseGeneralTexts(texts: CatalogText[]): Promise<Parsed<General>> {
  const [{parse}, {generalSchema, formatSchemaError}] = await Promise.all([import('yaml'), import('./catalog-schema.js')])
  const whole: Record<string, unknown> = {}
  for (const {name, text} of texts) {
    const key = GENERAL_FILES[name as keyof typeof GENERAL_FILES]
    try {
      const data = parse(text) as Record<string, unknown> | null
      whole[key] = key === 'smtp' ? data : data?.[key]
    } catch (error) {
      return unparsable(`general file ${name}: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  const checked = generalSchema.safeParse(whole)
  return checked.success ? parsed(checked.data) : unparsable(`rules/general: ${formatSchemaError(checked.error)}`)
}

/** readCatalogFiles reads, parses and validates every <source>.yaml in a directory, sorted by name. */
export async function readCatalogFiles(directory: string): Promise<Parsed<CatalogFile[]>> {
  const texts = readCatalogTexts(directory)
  return texts.ok ? parseCatalogTexts(texts.value) : texts
}

/** catalogCacheDirectory is where the validated catalog is cached: $XDG_CACHE_HOME/netdoc, else ~/.cache/netdoc. */
export function catalogCacheDirectory(): string {
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache')
  return join(base, 'netdoc')
}

/** cacheKey fingerprints the catalog texts and the schema that validated them, so any edit to either misses the cache. */
function cacheKey(texts: CatalogText[]): string {
  const hash = createHash('sha256')
  const packageRoot = dirname(dirname(catalogDirectory()))
  const schema = [
    join(packageRoot, 'dist', 'src', 'explain', 'catalog-schema.js'),
    join(packageRoot, 'src', 'explain', 'catalog-schema.ts'),
  ].find(existsSync)
  hash.update(schema ? readFileSync(schema) : `schema unknown ${readFileSync(join(packageRoot, 'package.json'), 'utf8')}`)
  for (const {name, text} of texts) hash.update(`\0${name}\0${text}`)
  return hash.digest('hex').slice(0, 32)
}

/** ownedByMe tells whether a cache path belongs to this user and only this user may change it: a cache another user (or anyone)
 * could have written is never read, since its patterns and answers would become netdoc's, and netdoc often runs as root. */
function ownedByMe(path: string): boolean {
  try {
    const stat = lstatSync(path)
    return !stat.isSymbolicLink() && stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0
  } catch {
    return false
  }
}

/** CachedCatalog is the cache file's content: the key it was made for, and the validated catalog and general knowledge. */
interface CachedCatalog {
  key: string
  files: CatalogFile[]
  general: General
}

/** readCache returns the cached catalog when the file is this user's own, made for this very key, and compiles; else null (rebuilt). */
function readCache(directory: string, name: string, key: string): Catalog | null {
  const path = join(directory, name)
  if (!ownedByMe(directory) || !ownedByMe(path)) return null
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CachedCatalog> | null
    if (data === null || typeof data !== 'object' || data.key !== key || !Array.isArray(data.files)) return null
    if (!data.files.every(file => file && typeof file === 'object' && Array.isArray((file as CatalogFile).entries))) return null
    if (!data.general || !Array.isArray(data.general.speakers) || !Array.isArray(data.general.errnos)) return null
    return compileCatalog(data.files, data.general)
  } catch {
    return null
  }
}

/** writeCache stores the validated catalog (atomically, best effort: a new file of its own, renamed into place) and removes caches
 * of earlier catalogs; into a folder that is not this user's own it writes nothing. */
function writeCache(directory: string, name: string, key: string, files: CatalogFile[], general: General): void {
  try {
    mkdirSync(directory, {recursive: true, mode: 0o700})
    if (!ownedByMe(directory)) return
    const temporary = join(directory, `.${name}.${process.pid}.${Math.random().toString(36).slice(2, 10)}`)
    writeFileSync(temporary, JSON.stringify({key, files, general} satisfies CachedCatalog), {mode: 0o600, flag: 'wx'})
    renameSync(temporary, join(directory, name))
    for (const old of readdirSync(directory))
      if (/^catalog-[0-9a-f]+\.json$/.test(old) && old !== name) rmSync(join(directory, old), {force: true})
  } catch {
    // A read-only or missing home only costs the next run the YAML parse.
  }
}

/** loadCatalogFrom reads a catalog directory and the general knowledge, from the cache when their texts are unchanged
 * (cacheDirectory null: no cache). */
export async function loadCatalogFrom(
  directory: string,
  cacheDirectory: string | null,
  general: string = generalDirectory(),
): Promise<Parsed<Catalog>> {
  const texts = readCatalogTexts(directory)
  if (!texts.ok) return texts
  const generalTexts = readGeneralTexts(general)
  if (!generalTexts.ok) return generalTexts
  const key = cacheKey([...texts.value, ...generalTexts.value.map(({name, text}) => ({name: `general/${name}`, text}))])
  const name = `catalog-${key}.json`
  const cached = cacheDirectory === null ? null : readCache(cacheDirectory, name, key)
  if (cached) return parsed(cached)
  const files = await parseCatalogTexts(texts.value)
  if (!files.ok) return files
  const knowledge = await parseGeneralTexts(generalTexts.value)
  if (!knowledge.ok) return knowledge
  if (cacheDirectory !== null) writeCache(cacheDirectory, name, key, files.value, knowledge.value)
  return parsed(compileCatalog(files.value, knowledge.value))
}

let loaded: Promise<Parsed<Catalog>> | undefined

/** loadCatalog reads netdoc's own catalog once per process and returns it compiled, or why it is broken. */
export function loadCatalog(): Promise<Parsed<Catalog>> {
  loaded ??= loadCatalogFrom(catalogDirectory(), catalogCacheDirectory())
  return loaded
}
