// Meta test of the message catalog: every entry validates, has real samples and near-misses, and each sample matches exactly its entry.
import {beforeAll, describe, expect, it} from 'vitest'
import {SOURCES, type Catalog, type CatalogFile} from '../../src/explain/catalog.js'
import {explainText, messagesOf} from '../../src/explain/explain-text.js'
import {catalogDirectory, compileCatalog, readCatalogFiles} from '../../src/explain/load-catalog.js'
import {readSamples} from './samples.js'

const files: CatalogFile[] = []
let catalog: Catalog
const samples = readSamples()

beforeAll(async () => {
  const read = await readCatalogFiles(catalogDirectory())
  if (!read.ok) throw new Error(read.error)
  files.push(...read.value)
  catalog = compileCatalog(files)
})

function idsFound(text: string): string[] {
  return explainText(text, catalog).matches.map(match => match.id)
}

describe('the catalog files', () => {
  it('load and validate, one file per source', () => {
    expect(files.map(file => file.source).sort()).toEqual([...SOURCES].sort())
  })

  it('have unique ids, each starting with its source', () => {
    const ids = catalog.entries.map(entry => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const entry of catalog.entries) expect(entry.id.startsWith(`${entry.source}.`)).toBe(true)
  })

  it('give every entry at least one real sample (with its source) and one near-miss', () => {
    const missing = catalog.entries.filter(entry => !samples.has(entry.id)).map(entry => entry.id)
    expect(missing).toEqual([])
  })

  it('have no samples for ids the catalog does not have', () => {
    const ids = new Set(catalog.entries.map(entry => entry.id))
    expect([...samples.keys()].filter(id => !ids.has(id))).toEqual([])
  })

  it('use every keyword and every pattern of an entry on at least one of its samples or variants', () => {
    const unused: string[] = []
    for (const entry of catalog.entries) {
      if (entry.derivedFrom) continue
      const cases = samples.get(entry.id)
      if (!cases) continue
      const messages = [...cases.samples.map(sample => sample.text), ...(cases.variants ?? [])].flatMap(messagesOf)
      for (const keyword of entry.keywords)
        if (!messages.some(text => text.toLowerCase().includes(keyword))) unused.push(`${entry.id} keyword "${keyword}"`)
      entry.regexes.forEach((regex, index) => {
        if (!messages.some(text => regex.test(text))) unused.push(`${entry.id} pattern ${index + 1}`)
      })
    }
    expect(unused).toEqual([])
  })
})

describe('every sample', () => {
  for (const [id, cases] of samples) {
    it(`${id}: each real sample and variant is recognised as exactly this entry`, () => {
      for (const sample of cases.samples)
        expect(idsFound(sample.text).sort(), sample.text).toEqual([id, ...(sample.alsoMatches ?? [])].sort())
      for (const variant of cases.variants ?? []) expect(idsFound(variant), variant).toEqual([id])
    })

    it(`${id}: no near-miss is recognised as this entry`, () => {
      for (const text of cases.nearMisses) expect(idsFound(text), text).not.toContain(id)
    })
  }
})
