// spawnCommand ends what it started: a wrapper script's children die with it when its time is up, a child left holding the pipe
// cannot keep a run waiting, and a program that floods its output is stopped at the bound.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MAX_OUTPUT_BYTES, spawnCommand} from '../../src/host/run-command.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-groups-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** script writes an executable shell script; `mark` is a sleep length no other process on the machine uses, to find its orphans. */
function script(name: string, body: string): string {
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`, {mode: 0o755})
  return path
}

function alive(mark: string): boolean {
  try {
    return execFileSync('pgrep', ['-f', `sleep ${mark}`], {encoding: 'utf8'}).trim() !== ''
  } catch {
    return false
  }
}

async function gone(mark: string): Promise<boolean> {
  for (let waited = 0; waited < 2000; waited += 50) {
    if (!alive(mark)) return true
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return false
}

describe('spawnCommand and the processes it starts', () => {
  it('times out a wrapper whose child keeps standard output open, and kills the child too', async () => {
    const mark = '1000.417'
    const wrapper = script('wrapper', `/bin/sleep ${mark}; echo done`)
    const started = Date.now()
    const outcome = await spawnCommand([wrapper], {timeoutMs: 300})
    expect(outcome.kind).toBe('timed-out')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await gone(mark)).toBe(true)
  })

  it('settles when the program has exited though a child it left behind still holds the pipe, and ends that child', async () => {
    const mark = '1000.418'
    const leaver = script('leaver', `/bin/sleep ${mark} &\necho started`)
    const started = Date.now()
    const outcome = await spawnCommand([leaver], {timeoutMs: 5000})
    expect(outcome).toMatchObject({kind: 'ok', stdout: 'started\n'})
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await gone(mark)).toBe(true)
  })

  it('stops a program that prints without end at the bound, keeping the start', async () => {
    const started = Date.now()
    const outcome = await spawnCommand(['yes'], {timeoutMs: 20_000})
    expect(outcome.kind).toBe('stopped')
    if (outcome.kind === 'stopped') {
      expect(outcome.stdout.length).toBe(MAX_OUTPUT_BYTES)
      expect(outcome.reason).toMatch(/^yes printed more than 32 MiB; netdoc stopped it/)
    }
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('stops a program asked to stop, and its children, even one that ignores SIGTERM', async () => {
    const mark = '1000.419'
    const stubborn = script('stubborn', `trap '' TERM\n/bin/sleep ${mark}`)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 200)
    const outcome = await spawnCommand([stubborn], {timeoutMs: 10_000, signal: controller.signal})
    expect(outcome.kind).toBe('stopped')
    expect(await gone(mark)).toBe(true)
  })
})
