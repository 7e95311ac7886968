// `netdoc snapshot` then `--from`: a recorded machine replayed elsewhere gives the same report, and bad files exit 2.
import {lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {NETDOC_BIN, cliEnv, fixtureTree, runNetdoc} from '../support/cli.js'
import {spawnSync} from 'node:child_process'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-snapshot-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('netdoc snapshot and --from', () => {
  it('replays a snapshot with the same report as the machine itself', async () => {
    const machine = {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')}
    const file = join(dir, 'desktop.json')
    const taken = await runNetdoc(['snapshot', '-o', file], machine)
    expect(taken.code).toBe(0)
    expect(taken.stderr).toContain('collecting nics')
    const saved = JSON.parse(readFileSync(file, 'utf8'))
    expect(saved).toMatchObject({format: 'netdoc-snapshot', version: 1})

    const live = await runNetdoc(['nics', '--json'], machine)
    const replayed = await runNetdoc(['nics', '--json', '--from', file])
    expect(replayed.code).toBe(live.code)
    expect(JSON.parse(replayed.stdout)).toEqual(JSON.parse(live.stdout))
    expect(JSON.parse(replayed.stdout).findings[0].id).toBe('nic.cable-in-wrong-port')
  })

  it('writes -o files readable by their owner only, says so on stderr alone, and keeps an existing file unless --force', async () => {
    const machine = {NETDOC_ROOT: fixtureTree('vm-virtio')}
    const file = join(dir, 'private.json')
    const first = spawnSync('sh', ['-c', 'umask 022 && exec "$@"', 'sh', process.execPath, NETDOC_BIN, 'snapshot', '-o', file], {
      env: cliEnv(machine),
      encoding: 'utf8',
    })
    expect(first.status).toBe(0)
    expect(first.stdout).toBe('')
    expect(first.stderr.trim().split('\n').at(-1)).toBe(`wrote ${file}`)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const again = await runNetdoc(['snapshot', '-o', file], machine)
    expect(again.code).toBe(2)
    expect(again.stderr).toBe(`netdoc: ${file} already exists: name another file, or add --force to replace it\n`)
    writeFileSync(file, 'kept')
    const forced = await runNetdoc(['snapshot', '-o', file, '--force'], machine)
    expect(forced.code).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('netdoc-snapshot')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('never writes through a symlink planted where the -o file should go', async () => {
    const victim = join(dir, 'victim.txt')
    writeFileSync(victim, 'precious\n')
    const planted = join(dir, 'planted.json')
    symlinkSync(victim, planted)
    const refused = await runNetdoc(['snapshot', '-o', planted], {NETDOC_ROOT: fixtureTree('vm-virtio')})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('already exists')
    const forced = await runNetdoc(['snapshot', '-o', planted, '--force'], {NETDOC_ROOT: fixtureTree('vm-virtio')})
    expect(forced.code).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(lstatSync(planted).isSymbolicLink()).toBe(false)
  })

  it('writes the snapshot to stdout without -o', async () => {
    const result = await runNetdoc(['snapshot'], {NETDOC_ROOT: fixtureTree('vm-virtio')})
    expect(JSON.parse(result.stdout).nics.ports.some((port: {name: string}) => port.name === 'eth0')).toBe(true)
  })

  it.each([
    ['missing', 'nope.json', null, 'nope.json does not exist'],
    ['truncated', 'cut.json', '{"format":"netdoc-snapshot","version":1,"nics":{"po', 'is not valid JSON'],
    ['foreign', 'other.json', '{"name":"some other tool"}', 'is JSON, but not a netdoc snapshot'],
    ['newer', 'new.json', '{"format":"netdoc-snapshot","version":2}', 'made by a newer netdoc'],
    [
      'without the needed section',
      'bare.json',
      '{"format":"netdoc-snapshot","version":1,"collectedAt":"2026-01-01T00:00:00Z","gaps":[]}',
      'holds no nics facts',
    ],
  ])('refuses a %s file with one line and exit 2', async (_kind, name, content, reason) => {
    const file = join(dir, name)
    if (content !== null) writeFileSync(file, content)
    const result = await runNetdoc(['nics', '--from', file])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(reason)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})
