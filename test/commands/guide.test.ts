// `netdoc guide`: scripted from an answers file on a recorded machine, refused without a terminal, and driven through a real terminal (tmux) in a namespace lab.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {NETDOC_BIN, fixtureTree, runNetdoc} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-guide-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function answers(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

describe('netdoc guide from an answers file', () => {
  it('walks the dead-port desktop: asks about the lights and the port, and says where the cable must go', async () => {
    const file = answers('desktop.txt', 'lights=no\nwhich-port=enp3s0\ntarget=\nsend=no\n')
    const result = await runNetdoc(['guide', '--answers', file], {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('This computer has 2 network ports: eno1 (onboard, no cable), enp3s0 (card, cable in).')
    expect(result.stdout).toContain('Are the small lights beside it on or blinking?\n> no')
    expect(result.stdout).toContain('The network settings are on eno1, but the cable is in enp3s0: move the cable to eno1.')
    expect(result.stdout.trim().endsWith('Done.')).toBe(true)
  })

  it("runs the checks netdoc doctor runs and says the other sections' verdicts too (a card X does not use)", async () => {
    const file = answers('displays.txt', 'send=no\n')
    const human = await runNetdoc(['guide', '--answers', file], {NETDOC_ROOT: fixtureTree('displays-second-gpu-unused')})
    expect(human.code).toBe(1)
    expect(human.stdout).toContain('Checking the ports, the LAN, the way to the internet and the screens')
    expect(human.stdout).toMatch(/→ The GK104 \[GeForce GTX 660 Ti\] at 0000:02:00\.0 has monitors/)
  })

  it('counts a container\'s veth that carries the route as its network port, not "0 network ports"', async () => {
    const file = answers('container.txt', 'send=no\n')
    const result = await runNetdoc(['guide', '--answers', file], {NETDOC_ROOT: fixtureTree('container-veth')})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('This computer has 1 network port: eth0 (virtual, cable in).')
    const unplugged = await runNetdoc(['guide', '--answers', file], {NETDOC_ROOT: fixtureTree('container-veth-no-carrier')})
    expect(unplugged.stdout).toContain('This computer has 2 network ports: eth0 (virtual, no cable), eth1 (virtual, cable in).')
    expect(unplugged.stdout).toContain('→ eth0 holds the network configuration but has no cable; the cable is in eth1.')
  })

  it('writes a masked snapshot when the answer is yes, which replays with the same finding', async () => {
    const snapshot = join(dir, 'sent.json')
    const file = answers('send.txt', 'lights=yes\nwhich-port=\ntarget=\nsend=yes\n')
    const result = await runNetdoc(['guide', '--answers', file, '-o', snapshot], {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')})
    expect(result.stdout).toContain(`Written to ${snapshot}.`)
    expect(readFileSync(snapshot, 'utf8')).not.toContain('30:9c:23:1a:2b:3c')
    const replayed = JSON.parse((await runNetdoc(['nics', '--json', '--from', snapshot])).stdout)
    expect(replayed.findings[0].id).toBe('nic.cable-in-wrong-port')
  })

  it('refuses a snapshot file it cannot write with one line and exit 2, not a stack trace', async () => {
    const file = answers('unwritable.txt', 'lights=yes\nwhich-port=\ntarget=\nsend=yes\n')
    const result = await runNetdoc(['guide', '--answers', file, '-o', join(dir, 'no-such-dir', 'x.json')], {
      NETDOC_ROOT: fixtureTree('desktop-onboard-and-card'),
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^netdoc: cannot write .*no-such-dir\/x\.json: the folder .*no-such-dir does not exist\n$/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses to start without a terminal or an answers file, and refuses a bad answers file', async () => {
    const noTerminal = await runNetdoc(['guide'])
    expect(noTerminal.code).toBe(2)
    expect(noTerminal.stderr).toContain('needs a terminal; to script it, give --answers FILE')
    const bad = await runNetdoc(['guide', '--answers', answers('bad.txt', 'colour=blue\n')])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('no question is called "colour"')
    const missing = await runNetdoc(['guide', '--answers', join(dir, 'none.txt')])
    expect(missing.stderr).toMatch(/^netdoc: the answers file .*none\.txt does not exist\n$/)
    const maybe = await runNetdoc(['guide', '--answers', answers('maybe.txt', '# rehearsal\nlights=maybe\n')])
    expect(maybe.code).toBe(2)
    expect(maybe.stderr).toMatch(/^netdoc: .*maybe\.txt: line 2: lights takes yes, no, not sure, not "maybe"\n$/)
  })
})

function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

describe.skipIf(!canBuildLabs() || !hasTmux())('netdoc guide at a real terminal (tmux) in a namespace lab', () => {
  let lab: Lab | undefined
  const session = `ndguide${process.pid}`
  afterEach(() => {
    try {
      execFileSync('tmux', ['kill-session', '-t', session], {stdio: 'ignore'})
    } catch {
      // already ended
    }
    lab?.destroy()
  })

  const screen = () => execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-200', '-t', session], {encoding: 'utf8'})
  async function waitFor(text: string, ms = 15_000): Promise<string> {
    const until = Date.now() + ms
    while (Date.now() < until) {
      const shown = screen()
      if (shown.includes(text)) return shown
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    throw new Error(`"${text}" never appeared on the terminal:\n${screen()}`)
  }
  const type = (keys: string) => execFileSync('tmux', ['send-keys', '-t', session, keys, 'Enter'])

  it.each([
    ['Ctrl-C', 'C-c'],
    ['Ctrl-D', 'C-d'],
  ])('%s at a question stops it: "Stopped; nothing was written.", exit 130, no file', async (_name, key) => {
    lab = new Lab('g1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.61.10/24')
    const snapshot = join(dir, `stopped-${key}.json`)
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '160',
      '-y',
      '50',
      `ip netns exec ${lab.ns('pc')} env NO_COLOR=1 ${process.execPath} ${NETDOC_BIN} guide -o ${snapshot}; echo EXIT=$?; sleep 30`,
    ])
    await waitFor('Which device can you not reach?')
    execFileSync('tmux', ['send-keys', '-t', session, key])
    const end = await waitFor('EXIT=')
    expect(end).toContain('Stopped; nothing was written.')
    expect(end).toContain('EXIT=130')
    expect(end).not.toMatch(/AbortError|at .*\.cjs/)
    expect(existsSync(snapshot)).toBe(false)
  })

  it('asks whether the silent device is on, and writes the snapshot it is asked to', async () => {
    lab = new Lab('g1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.61.10/24')
    lab.plugIn('nas', '192.168.61.20/24')
    lab.unplug('sw-nas')
    const snapshot = join(dir, 'tmux.json')
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '160',
      '-y',
      '50',
      `ip netns exec ${lab.ns('pc')} env NO_COLOR=1 ${process.execPath} ${NETDOC_BIN} guide -o ${snapshot}; echo EXIT=$?; sleep 30`,
    ])

    await waitFor('Which device can you not reach?')
    type('not a host!')
    await waitFor('That is not something I can check')
    type('192.168.61.20')
    const afterProbe = await waitFor('Is it switched on')
    expect(afterProbe).toContain('Checking 192.168.61.20')
    expect(afterProbe).toContain('→ Nothing answers ARP for 192.168.61.20 on the local subnet')
    type('yes')
    await waitFor('it may now have another address, or its cable is in the wrong port')
    await waitFor('Shall I write a file')
    type('y')
    const end = await waitFor('EXIT=')
    expect(end).toContain(`Written to ${snapshot}.`)
    expect(end).toContain('EXIT=1')
    expect(existsSync(snapshot)).toBe(true)
  })
})
