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

  it('give every entry a near-miss and a real sample (with its source), or for an entry made from formats a variant', () => {
    const missing = catalog.entries.filter(entry => !samples.has(entry.id)).map(entry => entry.id)
    expect(missing).toEqual([])
    const unproven = catalog.entries
      .filter(entry => !entry.derivedFrom)
      .filter(entry => {
        const cases = samples.get(entry.id)!
        return cases.samples.length === 0 && (entry.formats.length === 0 || (cases.variants ?? []).length === 0)
      })
      .map(entry => entry.id)
    expect(unproven).toEqual([])
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

  it('trace every pattern to where it came from: a hand-written pattern matches a real sample, a format names its source file', () => {
    const untraced: string[] = []
    for (const entry of catalog.entries) {
      if (entry.derivedFrom) continue
      const real = (samples.get(entry.id)?.samples ?? []).map(sample => sample.text).flatMap(messagesOf)
      entry.regexes.slice(0, entry.patterns.length).forEach((regex, index) => {
        if (!real.some(text => regex.test(text))) untraced.push(`${entry.id} pattern ${index + 1} matches no real sample`)
      })
      for (const format of entry.formats)
        if (!/\S+\.(?:c|h|cc|cpp|py|go|rs|sh|pl|pm|rb)\b/.test(format.from))
          untraced.push(`${entry.id} format "${format.format}" names no source file`)
    }
    expect(untraced).toEqual([])
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
