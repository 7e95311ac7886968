// The executable's loader: the bundle starts with the code cache recorded at build time, and still works without it
// (no cache, a cache older than the bundle, or one this Node rejects, e.g. after a Node upgrade).
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {cliEnv, fixtureTree, PROJECT_ROOT} from '../support/cli.js'

const bundle = join(PROJECT_ROOT, 'dist', 'bundle', 'netdoc.cjs')
const temporary: string[] = []
afterEach(() => temporary.splice(0).forEach(dir => rmSync(dir, {recursive: true, force: true})))

/** installCopy copies what a global install holds (package.json, bin, the bundle, the catalog) into a fresh folder. */
function installCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netdoc-install-'))
  temporary.push(dir)
  for (const part of ['package.json', 'bin', join('dist', 'bundle'), join('rules', 'catalog')]) cpSync(join(PROJECT_ROOT, part), join(dir, part), {recursive: true})
  return dir
}

/** load loads a bundle in a fresh Node and returns what became of its code cache and which commands it holds. */
function load(bundleFile: string): {codeCache: string; commands: string[]} {
  const script = `const r = require(${JSON.stringify(join(PROJECT_ROOT, 'bin', 'load-bundle.cjs'))}).loadBundle(${JSON.stringify(bundleFile)}, ${JSON.stringify(`${bundleFile}.v8cache`)})
process.stdout.write(JSON.stringify({codeCache: r.codeCache, commands: Object.keys(r.exports.COMMANDS)}))`
  const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8', env: cliEnv()})
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as {codeCache: string; commands: string[]}
}

function nics(install: string) {
  return spawnSync(process.execPath, [join(install, 'bin', 'run.cjs'), 'nics', '--json'], {
    encoding: 'utf8',
    env: cliEnv({NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')}),
  })
}

describe('bin/load-bundle.cjs', () => {
  it('loads the built bundle with the code cache the build recorded, which this Node accepts', () => {
    expect(load(bundle)).toEqual({codeCache: 'accepted', commands: expect.arrayContaining(['nics', 'why-no-ping', 'explain', 'lan:find'])})
  })

  it('ignores a cache older than the bundle, and a damaged one, and netdoc gives the same report', () => {
    const reference = nics(installCopy())
    expect(reference.status).toBe(1)

    const stale = installCopy()
    const staleBundle = join(stale, 'dist', 'bundle', 'netdoc.cjs')
    utimesSync(`${staleBundle}.v8cache`, new Date(2020, 0, 1), new Date(2020, 0, 1))
    expect(load(staleBundle).codeCache).toBe('absent')
    expect(nics(stale)).toMatchObject({status: 1, stdout: reference.stdout, stderr: ''})

    const damaged = installCopy()
    const damagedBundle = join(damaged, 'dist', 'bundle', 'netdoc.cjs')
    writeFileSync(`${damagedBundle}.v8cache`, 'not a V8 code cache'.repeat(100))
    expect(load(damagedBundle).codeCache).toBe('rejected')
    expect(nics(damaged)).toMatchObject({status: 1, stdout: reference.stdout, stderr: ''})
  })

  it('keeps non-ASCII text intact (the bundle is read as Latin-1, so the build escapes it)', () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'run.cjs'), 'nics', '--help'], {encoding: 'utf8', env: cliEnv()})
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('docker…')
  })

  it('runs without any cache', () => {
    const bare = installCopy()
    rmSync(join(bare, 'dist', 'bundle', 'netdoc.cjs.v8cache'))
    expect(load(join(bare, 'dist', 'bundle', 'netdoc.cjs')).codeCache).toBe('absent')
    const run = spawnSync(process.execPath, [join(bare, 'bin', 'run.cjs'), '--version'], {encoding: 'utf8', env: cliEnv()})
    expect(run).toMatchObject({status: 0, stderr: ''})
    expect(run.stdout).toMatch(/^netdoc\/\d+\.\d+\.\d+ /)
  })
})
