// explain on the frozen validation set: real messages people pasted (test/explain/validation) are recognised in the category
// that should explain them, and the rest get a general answer there. The figures per category are in `npm run bench -- explain`.
import {beforeAll, describe, expect, it} from 'vitest'
import type {Catalog} from '../../src/explain/catalog.js'
import {loadCatalogFrom, catalogDirectory} from '../../src/explain/load-catalog.js'
import {recognition} from '../../src/explain/recognition.js'
import {readValidationSet} from './validation.js'

const messages = readValidationSet()
let catalog: Catalog

beforeAll(async () => {
  const loaded = await loadCatalogFrom(catalogDirectory(), null)
  if (!loaded.ok) throw new Error(loaded.error)
  catalog = loaded.value
})

describe('the frozen validation set', () => {
  it('holds at least 300 real messages, each with the page it came from, none twice', () => {
    expect(messages.length).toBeGreaterThanOrEqual(300)
    expect(new Set(messages.map(message => message.text.trim())).size).toBe(messages.length)
  })

  it('is recognised in the right category for at least 95% of its messages', () => {
    const {all, missed, byCategory} = recognition(messages, catalog)
    if (process.env['NETDOC_RECOGNITION'])
      console.log(
        [...byCategory]
          .map(([category, tally]) => `${category}: ${tally.recognised}/${tally.total} recognised, ${tally.answered} answered`)
          .join('\n'),
      )
    const report = missed.map(({message, first}) => `${message.category} ← ${first?.id ?? 'nothing'}: ${message.text.split('\n')[0]}`)
    expect(all.recognised / all.total, report.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('gives every message at least a general answer in its category, or names what it is', () => {
    const {missed} = recognition(messages, catalog)
    const unanswered = missed.filter(({first}) => first === undefined).map(({message}) => message.text.split('\n')[0])
    expect(unanswered).toEqual([])
  })
})
