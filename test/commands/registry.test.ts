// The command registry: every command file in commands/ is registered under the id its path gives.
import {readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {COMMANDS} from '../../commands/index.js'
import {PROJECT_ROOT} from '../support/cli.js'

/** commandIds lists the ids the files under commands/ stand for: `lan/find.ts` is `lan:find`, `lan/index.ts` is `lan`. */
function commandIds(dir: string): string[] {
  return readdirSync(dir).flatMap(entry => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return commandIds(path)
    if (!entry.endsWith('.ts')) return []
    const id = relative(join(PROJECT_ROOT, 'commands'), path)
      .replace(/\.ts$/, '')
      .replace(/\/index$/, '')
      .split('/')
      .join(':')
    return id === 'index' ? [] : [id]
  })
}

describe('the command registry', () => {
  it('registers every command file, and nothing else', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(commandIds(join(PROJECT_ROOT, 'commands')).sort())
  })

  it('gives every command a summary and examples for --help', () => {
    for (const [id, command] of Object.entries(COMMANDS)) {
      expect(command.summary, id).toBeTruthy()
      expect(command.examples?.length, id).toBeGreaterThan(0)
    }
  })
})
