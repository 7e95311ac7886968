// `netdoc explain --from`: the logs a snapshot carries are explained on the support person's machine.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runNetdoc, snapshotOfTree} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-explain-from-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const snapshotOf = (tree: string) => snapshotOfTree(tree, dir)

describe('netdoc explain --from', () => {
  it("explains the kernel's lines about the ports that the snapshot carries", async () => {
    const result = await runNetdoc(['explain', '--json', '--from', await snapshotOf('board-onboard-no-driver')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('explaining kernel log (/var/log/kern.log)')
    const ids = JSON.parse(result.stdout).matches.map((match: {id: string}) => match.id)
    expect(ids).toEqual(expect.arrayContaining(['nic-driver.unknown-chip', 'nic-driver.probe-failed']))
  })

  it('says so, with exit 2, when the snapshot holds no log', async () => {
    const result = await runNetdoc(['explain', '--from', await snapshotOf('vm-virtio')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('holds no log to explain')
  })

  it('refuses text and --from together', async () => {
    const result = await runNetdoc(['explain', '--from', await snapshotOf('vm-virtio'), 'ping: unknown host'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('not both')
  })
})
