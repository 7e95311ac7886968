// spawnCommand's streaming side: output as it arrives, and stopping a program early with all its output kept.
import {describe, expect, it} from 'vitest'
import {spawnCommand} from '../../src/host/run-command.js'

describe('spawnCommand streaming and stopping', () => {
  it('hands standard output to onStdout as it arrives', async () => {
    const chunks: string[] = []
    const outcome = await spawnCommand(['sh', '-c', 'echo one; sleep 0.1; echo two'], {onStdout: chunk => chunks.push(chunk)})
    expect(outcome).toMatchObject({kind: 'ok', stdout: 'one\ntwo\n'})
    expect(chunks.join('')).toBe('one\ntwo\n')
  })

  it('stops a program when its signal fires, keeping what it printed, well before its timeout', async () => {
    const controller = new AbortController()
    const started = Date.now()
    const outcome = await spawnCommand(['sh', '-c', 'echo heard; exec sleep 10'], {
      timeoutMs: 5000,
      signal: controller.signal,
      onStdout: chunk => {
        if (chunk.includes('heard')) controller.abort()
      },
    })
    expect(outcome).toMatchObject({kind: 'stopped', stdout: 'heard\n'})
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('does not start waiting on a signal that already fired', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await spawnCommand(['sleep', '10'], {signal: controller.signal, timeoutMs: 5000})).toMatchObject({kind: 'stopped'})
  })

  it('still reports a timeout when the signal never fires', async () => {
    const outcome = await spawnCommand(['sleep', '10'], {signal: new AbortController().signal, timeoutMs: 200})
    expect(outcome).toMatchObject({kind: 'timed-out'})
  })
})
