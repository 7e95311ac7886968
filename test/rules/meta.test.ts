// The rule registry's own checks: every rule file registered, tested and documented, ids unique and dotted.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {findCycle} from '../../src/engine/causal-graph.js'
import {ruleSets} from '../../rules/index.js'
import {PROJECT_ROOT} from '../support/cli.js'

const rules = Object.values(ruleSets).flat()
const rulesDir = join(PROJECT_ROOT, 'rules')

/** ruleFiles lists every .ts file under rules/ that defines a rule (it calls defineRule). */
function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(entry => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return ruleFiles(path)
    return entry.endsWith('.ts') && readFileSync(path, 'utf8').includes('defineRule') ? [path] : []
  })
}

/** ruleFileOf maps a rule id `a.b-c` to rules/a/b-c.ts. */
const ruleFileOf = (id: string) => join(rulesDir, ...id.split('.')) + '.ts'

describe('the rule registry', () => {
  it('has rules', () => {
    expect(rules.length).toBeGreaterThan(0)
  })

  it('gives every rule a unique, stable dotted id', () => {
    const ids = rules.map(rule => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/)
  })

  it('gives every rule a title (its doc line) and a severity', () => {
    for (const rule of rules) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
    }
  })

  it('keeps every rule in the file its id names, with a test file beside it in test/rules', () => {
    for (const rule of rules) {
      expect(existsSync(ruleFileOf(rule.id)), `rules file for ${rule.id}`).toBe(true)
      const test = join(PROJECT_ROOT, 'test', 'rules', ...rule.id.split('.')) + '.test.ts'
      expect(existsSync(test), `test file for ${rule.id}: ${relative(PROJECT_ROOT, test)}`).toBe(true)
    }
  })

  it('registers every rule file', () => {
    const registered = new Set(rules.map(rule => ruleFileOf(rule.id)))
    for (const file of ruleFiles(rulesDir)) expect(registered.has(file), `${relative(PROJECT_ROOT, file)} is not in a registry`).toBe(true)
  })

  it('links only to registered rules in dependsOn, and the links have no cycle', () => {
    const registered = new Set(rules)
    for (const rule of rules) for (const cause of rule.dependsOn ?? []) expect(registered.has(cause), `${rule.id} → ${cause.id}`).toBe(true)
    expect(findCycle(rules)?.map(rule => rule.id) ?? null).toBeNull()
  })
})
