// `netdoc snapshot` then `--from`: a recorded machine replayed elsewhere gives the same report, and bad files exit 2.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fixtureTree, runNetdoc} from '../support/cli.js'

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

  it('writes the snapshot to stdout without -o', async () => {
    const result = await runNetdoc(['snapshot'], {NETDOC_ROOT: fixtureTree('vm-virtio')})
    expect(JSON.parse(result.stdout).nics.ports.some((port: {name: string}) => port.name === 'eth0')).toBe(true)
  })

  it.each([
    ['missing', 'nope.json', null, 'nope.json does not exist'],
    ['truncated', 'cut.json', '{"format":"netdoc-snapshot","version":1,"nics":{"po', 'is not valid JSON'],
    ['foreign', 'other.json', '{"name":"some other tool"}', 'is JSON, but not a netdoc snapshot'],
    ['newer', 'new.json', '{"format":"netdoc-snapshot","version":2}', 'made by a newer netdoc'],
    ['without the needed section', 'bare.json', '{"format":"netdoc-snapshot","version":1,"collectedAt":"2026-01-01T00:00:00Z","gaps":[]}', 'holds no nics facts'],
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
