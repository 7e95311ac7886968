// zod stays out of the start-up of commands that load no file: the bundle loads it only when a --from file is checked or
// the message catalog is validated before it is cached (the snapshot types are derived from the schemas with type-only
// imports, which leave nothing behind at run time).
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {snapshotText} from '../../src/snapshot/snapshot.js'
import {cliEnv, fixtureTree, PROJECT_ROOT} from '../support/cli.js'
import {portsSnapshot, wiredPort} from '../support/ports.js'

const MARK = 'zod initialised'
let install: string

/** An install copy whose zod says on stderr when it is loaded. */
beforeAll(() => {
  install = mkdtempSync(join(tmpdir(), 'netdoc-zod-'))
  for (const part of ['package.json', 'bin', join('dist', 'bundle'), join('rules', 'catalog'), join('rules', 'general')])
    cpSync(join(PROJECT_ROOT, part), join(install, part), {recursive: true})
  // The build bundles zod into a file of its own, required the first time a schema is; the copy says so on stderr.
  const zod = join(install, 'dist', 'bundle', 'zod.cjs')
  writeFileSync(zod, `process.stderr.write(${JSON.stringify(MARK + '\n')});\n${readFileSync(zod, 'latin1')}`, 'latin1')
  writeFileSync(join(install, 'snapshot.json'), snapshotText(portsSnapshot([wiredPort({addresses: ['192.168.0.5/24']})])))
  // The first run of all validates the message catalog's YAML (with zod) and caches it; every later run reads the cache.
  expect(run(['nics']).stderr).toContain(MARK)
})

afterAll(() => rmSync(install, {recursive: true, force: true}))

function run(args: string[], tree = 'desktop-onboard-and-card') {
  const env = cliEnv({NETDOC_ROOT: fixtureTree(tree), NO_COLOR: '1', XDG_CACHE_HOME: join(install, 'cache')})
  return spawnSync(process.execPath, [join(install, 'bin', 'run.cjs'), ...args], {encoding: 'utf8', cwd: install, env})
}

describe('zod at start-up', () => {
  it.each([[['nics']], [['nics', '--json']], [['displays'], 'displays-two-nvidia-screens']] as [string[], string?][])(
    'is not initialised by `netdoc %j` on a recorded machine, the catalog cached',
    (args, tree) => {
      const result = run(args, tree)
      expect(result.stdout).not.toBe('')
      expect(result.stderr).not.toContain(MARK)
    },
  )

  it('is initialised when a --from file is checked (so the mark would show if another command pulled it in)', () => {
    const result = run(['nics', '--from', 'snapshot.json'])
    expect(result.stdout).toContain('eth0')
    expect(result.stderr).toContain(MARK)
  })
})
