// `netdoc locate` in a namespace lab: the exact ethtool command (a fake ethtool on PATH records its argv), and on veth, whose
// driver cannot blink, the unplug watch finding the cable pulled at the switch end.
import {spawn} from 'node:child_process'
import {chmodSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {cliEnv, jsonOf} from '../support/cli.js'
import {Lab, NETDOC_BIN, canBuildLabs, type RunResult} from '../lab/lab.js'
import {locateProgram} from '../../src/host/run-command.js'

interface LocateJson {
  port: string
  seconds: number
  command: string[]
  led: string
  ledReason: string | null
  watch: {watched: string[]; change: {port: string; change: string} | null} | null
}

/** twoCables gives pc two ports, eth0 and eth1, cabled to ports p1 and p2 of a switch namespace. */
function twoCables(tag: string): Lab {
  const lab = new Lab(tag)
  lab.addHost('pc')
  lab.addHost('sw')
  lab.cableTo('pc', 'eth0', 'sw', 'p1')
  lab.cableTo('pc', 'eth1', 'sw', 'p2')
  return lab
}

/** fakeEthtool puts an ethtool on PATH that records its argv and exits with `code`, printing `stderr`. */
function fakeEthtool(lab: Lab, code: number, stderr = ''): {path: string; argvFile: string} {
  const dir = lab.tempDir()
  const argvFile = join(dir, 'argv')
  writeFileSync(join(dir, 'ethtool'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${argvFile}'\nprintf '%s\\n' '${stderr}' >&2\nexit ${code}\n`)
  chmodSync(join(dir, 'ethtool'), 0o755)
  return {path: `${dir}:${process.env.PATH}`, argvFile}
}

/** locateWhilePulling runs `netdoc locate` in pc and, once it says it is watching, pulls the cable of switch port `pull`. */
function locateWhilePulling(lab: Lab, args: string[], pull: string): Promise<RunResult> {
  return new Promise(resolve => {
    const child = spawn('ip', ['netns', 'exec', lab.ns('pc'), process.execPath, NETDOC_BIN, 'locate', ...args], {
      env: cliEnv({NO_COLOR: '1'}),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => {
      stderr += chunk
      if (/Watching \d+ ports/.test(stderr) && !stderr.includes('(pulled)')) {
        stderr += '(pulled)'
        lab.unplug(pull, 'sw')
      }
    })
    child.on('close', code => resolve({code: code ?? -1, stdout, stderr}))
  })
}

describe.skipIf(!canBuildLabs() || !('path' in locateProgram('ethtool')))('netdoc locate in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('blinks with exactly `ethtool -p PORT SECONDS`', async () => {
    lab = twoCables('lo1')
    const fake = fakeEthtool(lab, 0)
    const result = await lab.netdoc('pc', ['locate', 'eth0', '--seconds', '3', '--json'], {PATH: fake.path})
    expect(result.code).toBe(0)
    expect(readFileSync(fake.argvFile, 'utf8')).toBe('-p\neth0\n3\n')
    expect(jsonOf<LocateJson>(result)).toEqual({
      port: 'eth0',
      seconds: 3,
      command: ['ethtool', '-p', 'eth0', '3'],
      led: 'blinked',
      ledReason: null,
      watch: null,
    })
    const human = await lab.netdoc('pc', ['locate', 'eth0', '--seconds', '3'], {PATH: fake.path})
    expect(human.stdout).toContain("The LED of eth0's socket blinked for 3 s")
  }, 30_000)

  it('on veth (real ethtool: the driver cannot blink) watches, and names the port whose cable was pulled at the switch end', async () => {
    lab = twoCables('lo2')
    const result = await locateWhilePulling(lab, ['eth0', '--seconds', '20', '--json'], 'p2')
    const report = jsonOf<LocateJson>(result)
    expect(report.led).toBe('not-supported')
    expect(report.ledReason).toMatch(/Operation not supported/)
    expect(report.watch?.watched.sort()).toEqual(['eth0', 'eth1'])
    expect(report.watch?.change).toMatchObject({port: 'eth1', change: 'lost'})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain("unplug the cable you think is eth0's")
  }, 40_000)

  it('says in words which port lost its link, and exits 1 when no cable was pulled in time', async () => {
    lab = twoCables('lo3')
    const pulled = await locateWhilePulling(lab, ['eth0', '--seconds', '20'], 'p1')
    expect(pulled.stdout).toContain("eth0's driver cannot blink its LED")
    expect(pulled.stdout).toMatch(/eth0 lost its link after [\d.]+ s: the cable you pulled is eth0's\./)
    const fake = fakeEthtool(lab, 1, 'Cannot identify NIC: Operation not supported')
    const quiet = await lab.netdoc('pc', ['locate', 'eth1', '--seconds', '1', '--json'], {PATH: fake.path})
    expect(quiet.code).toBe(1)
    expect(jsonOf<LocateJson>(quiet).watch?.change).toBeNull()
  }, 40_000)

  it('refuses a port that does not exist, with exit code 2', async () => {
    lab = twoCables('lo4')
    const result = await lab.netdoc('pc', ['locate', 'eth9', '--yes'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('there is no port named eth9')
  }, 30_000)
})

describe.skipIf(!canBuildLabs() || !('path' in locateProgram('ethtool')))('the guide shows the socket in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('offers to blink the port holding the IP configuration and, on veth, names the port whose cable was pulled', async () => {
    lab = twoCables('lo5')
    lab.run('pc', ['ip', 'addr', 'add', '192.168.62.10/24', 'dev', 'eth0'])
    lab.unplug('p1', 'sw')
    const dir = lab.tempDir()
    const answers = join(dir, 'answers.txt')
    writeFileSync(answers, 'lights=yes\nblink=yes\ntarget=\nsend=no\n')
    const result = await new Promise<RunResult>(resolve => {
      const argv = ['netns', 'exec', lab!.ns('pc'), process.execPath, NETDOC_BIN, 'guide', '--answers', answers, '-o', join(dir, 's.json')]
      const child = spawn('ip', argv, {env: cliEnv({NO_COLOR: '1'})})
      let stdout = ''
      child.stdout.on('data', chunk => {
        stdout += chunk
        if (/Watching \d+ ports/.test(stdout) && !stdout.includes('(pulled)')) {
          stdout += '(pulled)'
          lab!.unplug('p2', 'sw')
        }
      })
      child.on('close', code => resolve({code: code ?? -1, stdout, stderr: ''}))
    })
    expect(result.stdout).toContain('Shall I blink the light of the socket eth0')
    expect(result.stdout).toContain("eth0's driver cannot blink its LED")
    expect(result.stdout).toContain('the cable you pulled is in eth1, not eth0')
    expect(result.stdout).toContain('The network settings are on eth0, but the cable is in eth1: move the cable to eth0.')
    expect(result.stdout).not.toContain('Which one is the cable in?')
  }, 90_000)
})
