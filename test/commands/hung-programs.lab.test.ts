// A program that never answers (a wrapper script whose child keeps its output open) cannot hang netdoc: every command that
// runs `ip` finishes within its bounds, says what it could not read, and leaves no process of that program behind.
import {execFileSync, spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {Lab, NETDOC_BIN, canBuildLabs} from '../lab/lab.js'

const MARK = '1000.517'

function leftBehind(): boolean {
  try {
    return execFileSync('pgrep', ['-f', `sleep ${MARK}`], {encoding: 'utf8'}).trim() !== ''
  } catch {
    return false
  }
}

describe.skipIf(!canBuildLabs())('netdoc with an `ip` that never answers', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())
  afterAll(() => {
    try {
      execFileSync('pkill', ['-f', `sleep ${MARK}`])
    } catch {
      // nothing was left
    }
  })

  it.each([
    [['nics', '--json']],
    [['why-no-ping', '--json', '192.168.63.1']],
    [['lan', '--json', '--listen', '1']],
    [['lan', 'find', '--json']],
    [['snapshot', '--timeout', '2']],
    [['report', '--timeout', '2']],
  ])('%j finishes, and no child of the wrapper outlives it', async args => {
    lab = new Lab('h1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.63.10/24', '192.168.63.1')
    const bin = lab.tempDir()
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\n/bin/sleep ${MARK}; echo done\\n' > ${bin}/ip && chmod 755 ${bin}/ip`])
    const started = Date.now()
    const result = await lab.try('pc', [
      'env',
      `PATH=${bin}:/usr/bin:/bin:/usr/sbin:/sbin`,
      'NO_COLOR=1',
      process.execPath,
      NETDOC_BIN,
      ...args,
    ])
    expect(Date.now() - started, result.stderr).toBeLessThan(25_000)
    expect([0, 1], result.stderr).toContain(result.code)
    expect(result.stdout.length).toBeGreaterThan(0)
    expect(leftBehind()).toBe(false)
  })

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while lan listens: netdoc ends with %i, and so does every tcpdump and arping it started', async (signal, code) => {
    lab = new Lab('h1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.63.10/24', '192.168.63.1')
    const child = spawn('ip', ['netns', 'exec', lab.ns('pc'), process.execPath, NETDOC_BIN, 'lan', '--listen', '20'], {stdio: 'ignore'})
    const programs = () =>
      execFileSync('ip', ['netns', 'pids', lab!.ns('pc')], {encoding: 'utf8'})
        .split('\n')
        .filter(Boolean)
        .map(pid => {
          try {
            return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
          } catch {
            return ''
          }
        })
    for (let waited = 0; waited < 5000 && !programs().includes('tcpdump'); waited += 100)
      await new Promise(resolve => setTimeout(resolve, 100))
    expect(programs()).toContain('tcpdump')
    const ended = new Promise<number | null>(resolve => child.on('exit', exitCode => resolve(exitCode)))
    execFileSync('pkill', [`-${signal.slice(3)}`, '-f', `${NETDOC_BIN} lan --listen 20`])
    expect(await ended).toBe(code)
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(programs().filter(name => name === 'tcpdump' || name === 'arping')).toEqual([])
  })
})
