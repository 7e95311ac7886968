// The fuzzer's registry checks itself: every module of src/parse/ and every function it exports is fuzzed, with real seeds.
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PROJECT_ROOT} from '../support/cli.js'
import {FUZZ_TARGETS, PARSE_MODULES} from './targets.js'

/** exportedFunctions lists `<module>.<export>` for every function a module of src/parse/ exports. */
function exportedFunctions(): string[] {
  return Object.entries(PARSE_MODULES).flatMap(([module, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => `${module}.${name}`),
  )
}

describe('the fuzzer registry', () => {
  it('imports every module of src/parse/', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'src', 'parse'))
      .filter(name => name.endsWith('.ts'))
      .map(name => name.slice(0, -'.ts'.length))
      .sort()
    expect(Object.keys(PARSE_MODULES).sort()).toEqual(files)
  })

  it('fuzzes every function exported from src/parse/, each once', () => {
    const registered = FUZZ_TARGETS.map(target => target.name)
    expect(new Set(registered).size, 'a parser registered twice').toBe(registered.length)
    expect([...registered].sort()).toEqual(exportedFunctions().sort())
  })

  it('calls the exported function its entry names', () => {
    for (const target of FUZZ_TARGETS) {
      expect(target.name).toBe(`${target.module}.${target.exportName}`)
      expect(PARSE_MODULES[target.module]?.[target.exportName], target.name).toBe(target.fn)
    }
  })

  it('gives every parser real seeds: samples from its tests or recorded fixtures', () => {
    for (const target of FUZZ_TARGETS) {
      const seeds = target.seeds()
      expect(
        seeds.some(seed => seed.length > 0),
        `${target.name} has no seed`,
      ).toBe(true)
      for (const seed of seeds) expect(typeof seed === 'string', target.name).toBe(target.kind === 'text')
    }
  })
})
