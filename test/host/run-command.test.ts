// spawnCommand: the typed outcomes of running a real program; and a recorded tree's host replays its programs instead.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {recordedHost} from '../../src/host/host.js'
import {spawnCommand} from '../../src/host/run-command.js'
import {fixtureTree} from '../support/cli.js'

describe('spawnCommand', () => {
  it('returns ok with the output of a program that succeeds', async () => {
    expect(await spawnCommand(['echo', 'hello'])).toMatchObject({kind: 'ok', stdout: 'hello\n', exitCode: 0})
  })

  it('passes arguments as argv, never through a shell', async () => {
    const outcome = await spawnCommand(['echo', '8.8.8.8; rm -rf /', '$(id)'])
    expect(outcome).toMatchObject({kind: 'ok', stdout: '8.8.8.8; rm -rf / $(id)\n'})
  })

  it('tells a missing program from a failing one', async () => {
    expect(await spawnCommand(['netdoc-no-such-program'])).toMatchObject({kind: 'missing'})
    expect(await spawnCommand(['sh', '-c', 'echo boom >&2; exit 3'])).toMatchObject({kind: 'failed', exitCode: 3, stderr: 'boom\n'})
  })

  it('kills a program that outlives its timeout', async () => {
    const started = Date.now()
    expect(await spawnCommand(['sleep', '10'], {timeoutMs: 200})).toMatchObject({kind: 'timed-out'})
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('tells a program this user may not run apart from a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netdoc-test-'))
    try {
      writeFileSync(join(dir, 'not-executable'), '#!/bin/sh\necho hi\n', {mode: 0o644})
      expect(await spawnCommand([join(dir, 'not-executable')])).toMatchObject({kind: 'not-permitted'})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('runs in the C locale so messages can be parsed', async () => {
    expect(await spawnCommand(['sh', '-c', 'echo $LC_ALL'])).toMatchObject({stdout: 'C\n'})
  })

  it("on a recorded tree's host replays recorded output and never runs the live program", async () => {
    const host = recordedHost(fixtureTree('vm-virtio'))
    const recorded = await host.commands.run(['ip', '-j', 'route', 'show'])
    expect(recorded).toMatchObject({kind: 'ok'})
    expect(recorded.kind === 'ok' && recorded.stdout).toContain('"dev":"eth0"')
    expect(await host.commands.run(['echo', 'live'])).toMatchObject({kind: 'not-recorded'})
  })
})
