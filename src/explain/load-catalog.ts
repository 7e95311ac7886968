// Reads the catalog shipped with netdoc (rules/catalog/*.yaml, found relative to this package), validates and compiles it once.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parsed, unparsable, type Parsed} from '../parse/parse-result.js'
import type {Catalog, CatalogEntry, CatalogFile, CompiledEntry} from './catalog.js'

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

function namedGroups(pattern: string): Set<string> {
  return new Set([...pattern.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map(match => match[1]!))
}

function groupsUsed(entry: CatalogEntry): string[] {
  const fromDetail = [...(entry.detail ?? '').matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map(match => match[1]!)
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
      for (const pattern of base!.patterns) {
        if (!namedGroups(pattern).has(group)) problems.push(`${entry.id}: uses the group "${group}", which the pattern /${pattern}/ does not capture`)
      }
    }
    if (entry.subject !== undefined && !base!.patterns.some(pattern => namedGroups(pattern).has(entry.subject!)))
      problems.push(`${entry.id}: its subject "${entry.subject}" is captured by none of its patterns`)
  }
  return problems
}

/** compileCatalog turns validated catalog files into the compiled catalog explainText uses, in file order. */
export function compileCatalog(files: CatalogFile[]): Catalog {
  let order = 0
  const entries: CompiledEntry[] = files.flatMap(file =>
    file.entries.map(entry => ({...entry, source: file.source, order: order++, regexes: entry.patterns.map(pattern => new RegExp(pattern, 'i'))})),
  )
  return {entries, files}
}

/** readCatalogFiles reads, parses and validates every <source>.yaml in a directory, sorted by name. */
export async function readCatalogFiles(directory: string): Promise<Parsed<CatalogFile[]>> {
  const [{parse}, {catalogFileSchema, formatSchemaError}] = await Promise.all([import('yaml'), import('./catalog-schema.js')])
  let names: string[]
  try {
    names = readdirSync(directory).filter(name => name.endsWith('.yaml')).sort()
  } catch (error) {
    return unparsable(`cannot read the catalog directory ${directory}: ${(error as Error).message}`)
  }
  if (names.length === 0) return unparsable(`the catalog directory ${directory} holds no .yaml files`)
  const files: CatalogFile[] = []
  for (const name of names) {
    let data: unknown
    try {
      data = parse(readFileSync(join(directory, name), 'utf8'))
    } catch (error) {
      return unparsable(`catalog file ${name}: ${(error as Error).message.split('\n')[0]}`)
    }
    const checked = catalogFileSchema.safeParse(data)
    if (!checked.success) return unparsable(`catalog file ${name}: ${formatSchemaError(checked.error)}`)
    if (`${checked.data.source}.yaml` !== name) return unparsable(`catalog file ${name}: its source is "${checked.data.source}", so it must be named ${checked.data.source}.yaml`)
    const file = checked.data
    files.push({...file, entries: file.entries.map(entry => ({...entry, source: file.source}))})
  }
  const problems = checkReferences(files)
  return problems.length > 0 ? unparsable(`catalog: ${problems.join('; ')}`) : parsed(files)
}

let loaded: Promise<Parsed<Catalog>> | undefined

/** loadCatalog reads netdoc's own catalog once per process and returns it compiled, or why it is broken. */
export function loadCatalog(): Promise<Parsed<Catalog>> {
  loaded ??= readCatalogFiles(catalogDirectory()).then(result => (result.ok ? parsed(compileCatalog(result.value)) : result))
  return loaded
}
