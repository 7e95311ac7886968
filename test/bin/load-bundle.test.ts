// The executable's loader: the bundle starts with the code cache recorded at build time, and still works without it
// (no cache, a cache older than the bundle, or one this Node rejects, e.g. after a Node upgrade). The build needs no recorded
// machine, and nothing in netdoc's code has to bend to the cache.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {cliEnv, fixtureTree, PROJECT_ROOT} from '../support/cli.js'

const bundle = join(PROJECT_ROOT, 'dist', 'bundle', 'netdoc.cjs')
const temporary: string[] = []
afterEach(() => temporary.splice(0).forEach(dir => rmSync(dir, {recursive: true, force: true})))

/** installCopy copies what a global install holds (package.json, bin, the bundle, the catalog and the general answers' data) into a fresh folder. */
function installCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netdoc-install-'))
  temporary.push(dir)
  for (const part of ['package.json', 'bin', join('dist', 'bundle'), join('rules', 'catalog'), join('rules', 'general')])
    cpSync(join(PROJECT_ROOT, part), join(dir, part), {recursive: true})
  return dir
}

interface Loaded {
  codeCache: string
  commands: string[]
  /** loadedFiles are the files the loading required, besides the loader and the bundle. */
  loadedFiles: string[]
}

/** load loads a bundle in a fresh Node and returns what became of its code cache, which commands it holds and what it required. */
function load(bundleFile: string): Loaded {
  const loader = join(PROJECT_ROOT, 'bin', 'load-bundle.cjs')
  const script = `const r = require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundleFile)}, ${JSON.stringify(`${bundleFile}.v8cache`)})
const loadedFiles = Object.keys(require.cache).filter(file => file !== ${JSON.stringify(loader)} && file !== ${JSON.stringify(bundleFile)})
process.stdout.write(JSON.stringify({codeCache: r.codeCache, commands: Object.keys(r.exports.COMMANDS), loadedFiles}))`
  const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8', env: cliEnv()})
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as Loaded
}

function nics(install: string) {
  return spawnSync(process.execPath, [join(install, 'bin', 'run.cjs'), 'nics', '--json'], {
    encoding: 'utf8',
    env: cliEnv({NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')}),
  })
}

describe('bin/load-bundle.cjs', () => {
  it('loads the built bundle with the code cache the build recorded, which this Node accepts', () => {
    expect(load(bundle)).toMatchObject({
      codeCache: 'accepted',
      commands: expect.arrayContaining(['nics', 'why-no-ping', 'explain', 'lan:find']),
    })
  })

  it('starts without reading zod or yaml (bundled apart), and a run that needs them still finds them', () => {
    expect(load(bundle).loadedFiles).toEqual([])
    const dir = mkdtempSync(join(tmpdir(), 'netdoc-apart-'))
    temporary.push(dir)
    writeFileSync(join(dir, 'snapshot.json'), '{"schema": "not netdoc"}')
    const replay = spawnSync(process.execPath, [join(installCopy(), 'bin', 'run.cjs'), 'nics', '--from', join(dir, 'snapshot.json')], {
      encoding: 'utf8',
      env: cliEnv(),
    })
    expect(replay).toMatchObject({status: 2, stderr: expect.stringMatching(/^netdoc: .*not a netdoc snapshot/)})
    const fresh = spawnSync(process.execPath, [join(installCopy(), 'bin', 'run.cjs'), 'explain', 'ping: connect: Network is unreachable'], {
      encoding: 'utf8',
      env: cliEnv({XDG_CACHE_HOME: join(dir, 'cache')}),
    })
    expect(fresh).toMatchObject({status: 1, stderr: '', stdout: expect.stringContaining('[ping.network-unreachable]')})
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

  it('holds no dynamic import() (the build makes each a require()), which a function compiled from the code cache could not run', () => {
    const code = readFileSync(bundle, 'latin1')
    expect(code).toMatch(/\brequire\(/)
    expect(code.match(/(?<![\w$.'"`])import\s*\(/g)).toBeNull()
  })

  it('builds and records the code cache in a checkout without test/ (no recorded machine needed)', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'netdoc-checkout-'))
    temporary.push(checkout)
    for (const part of ['package.json', 'bin', 'scripts', 'rules'])
      cpSync(join(PROJECT_ROOT, part), join(checkout, part), {recursive: true})
    for (const part of ['src', 'commands', 'rules'])
      cpSync(join(PROJECT_ROOT, 'dist', part), join(checkout, 'dist', part), {recursive: true})
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(checkout, 'node_modules'))
    const build = spawnSync(process.execPath, [join(checkout, 'scripts', 'bundle.mjs')], {encoding: 'utf8', env: cliEnv(), timeout: 60_000})
    expect(build).toMatchObject({status: 0, stderr: ''})
    const built = join(checkout, 'dist', 'bundle', 'netdoc.cjs')
    expect(existsSync(join(checkout, 'test'))).toBe(false)
    expect(load(built).codeCache).toBe('accepted')
    expect(nics(checkout)).toMatchObject({status: 1, stdout: nics(installCopy()).stdout, stderr: ''})
  }, 60_000)

  it('runs without any cache', () => {
    const bare = installCopy()
    rmSync(join(bare, 'dist', 'bundle', 'netdoc.cjs.v8cache'))
    expect(load(join(bare, 'dist', 'bundle', 'netdoc.cjs')).codeCache).toBe('absent')
    const run = spawnSync(process.execPath, [join(bare, 'bin', 'run.cjs'), '--version'], {encoding: 'utf8', env: cliEnv()})
    expect(run).toMatchObject({status: 0, stderr: ''})
    expect(run.stdout).toMatch(/^netdoc\/\d+\.\d+\.\d+ /)
  })
})
