// `netdoc displays` on recorded machine trees (NETDOC_ROOT): the JSON contract, findings, exit codes, replay, the human view.
import {appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {DisplaysReport} from '../../src/capabilities/displays/report.js'
import {fixtureTree, runNetdoc} from '../support/cli.js'

let scratch: string | undefined
afterEach(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
  scratch = undefined
})

async function displaysJson(root: string): Promise<{code: number; report: DisplaysReport; stderr: string}> {
  const result = await runNetdoc(['displays', '--json'], {NETDOC_ROOT: root})
  return {code: result.code, report: JSON.parse(result.stdout) as DisplaysReport, stderr: result.stderr}
}

describe('netdoc displays on recorded machines', () => {
  it('two NVIDIA cards, one X screen each: cards, monitors from the X log, screens, nothing wrong', async () => {
    const {code, report, stderr} = await displaysJson(fixtureTree('displays-two-nvidia-screens'))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(report.gpus).toEqual([
      {
        busId: '0000:00:0d.0',
        vendorId: '10de',
        deviceId: '03d0',
        vendor: 'NVIDIA Corporation',
        model: 'C61 [GeForce 6150SE nForce 430]',
        driver: 'nvidia',
        bootVga: true,
        xScreens: ['0'],
      },
      {
        busId: '0000:02:00.0',
        vendorId: '10de',
        deviceId: '06e4',
        vendor: 'NVIDIA Corporation',
        model: 'G98 [GeForce 8400 GS Rev. 2]',
        driver: 'nvidia',
        bootVga: false,
        xScreens: ['1'],
      },
    ])
    expect(report.outputs.map(o => [o.busId, o.connector, o.status, o.monitor, o.source])).toEqual([
      ['0000:00:0d.0', 'CRT-0', 'connected', 'HP w15e', 'x-log'],
      ['0000:02:00.0', 'CRT-1', 'connected', 'HP w15e', 'x-log'],
    ])
    expect(report.x).toMatchObject({
      session: 'unknown',
      hintsApply: true,
      log: '/var/log/Xorg.0.log',
      serverVersion: '1.7.6',
      configFiles: ['/etc/X11/xorg.conf'],
      layout: 'Layout0',
      xinerama: false,
      fatal: null,
    })
    expect(report.x.screens.map(s => [s.number, s.busId, s.identifier, s.device])).toEqual([
      [0, '0000:00:0d.0', 'Screen0', 'Device0'],
      [1, '0000:02:00.0', 'Screen1', 'Device1'],
    ])
    expect(report.findings).toEqual([])
  })

  it('two NVIDIA cards, X uses one: the unused card with two monitors is the finding', async () => {
    const {code, report} = await displaysJson(fixtureTree('displays-second-gpu-unused'))
    expect(code).toBe(1)
    expect(report.gpus.map(g => [g.busId, g.xScreens])).toEqual([
      ['0000:01:00.0', ['0']],
      ['0000:02:00.0', []],
    ])
    expect(report.findings.map(f => [f.id, f.subject])).toEqual([['display.gpu-unused-by-x', '0000:02:00.0']])
  })

  it("no screens found: the unclaimed card is the root cause, and X's fatal error is its evidence, not a second finding", async () => {
    const {code, report} = await displaysJson(fixtureTree('displays-no-screens'))
    expect(code).toBe(1)
    expect(report.gpus).toEqual([expect.objectContaining({busId: '0000:01:00.0', driver: null, bootVga: true, xScreens: []})])
    expect(report.x.fatal).toBe('no screens found')
    expect(report.findings.map(f => [f.id, f.severity])).toEqual([['display.gpu-without-driver', 'error']])
    expect(report.findings[0]?.evidence).toContain('the X server stopped: "no screens found" (/var/log/Xorg.0.log)')
    expect(report.x.messages.map(m => m.id)).toEqual(expect.arrayContaining(['xorg.no-screens-found', 'xorg.dri-device-missing']))
  })

  it('a hybrid laptop: EDID names on the Intel outputs, the Intel card is a GPU screen, nothing wrong', async () => {
    const {code, report} = await displaysJson(fixtureTree('displays-hybrid-laptop'))
    expect(code).toBe(0)
    expect(report.gpus.map(g => [g.busId, g.driver, g.bootVga, g.xScreens])).toEqual([
      ['0000:00:02.0', 'i915', true, ['G0']],
      ['0000:01:00.0', 'nvidia', false, ['0']],
    ])
    expect(report.outputs.filter(o => o.status === 'connected')).toEqual([
      {
        card: 'card1',
        busId: '0000:00:02.0',
        connector: 'HDMI-A-2',
        status: 'connected',
        enabled: true,
        monitor: 'C27H71x',
        manufacturer: 'SAM',
        serial: 'HTHJ800121',
        preferredMode: '1920x1080',
        edidError: null,
        source: 'kernel',
      },
      {
        card: 'card1',
        busId: '0000:00:02.0',
        connector: 'eDP-1',
        status: 'connected',
        enabled: true,
        monitor: 'CMN N156HGE-EAL',
        manufacturer: 'CMN',
        serial: null,
        preferredMode: '1920x1080',
        edidError: null,
        source: 'kernel',
      },
    ])
    expect(report.findings).toEqual([])
    expect(report.notChecked.map(gap => gap.fact)).toEqual(['X configuration', 'outputs of 0000:01:00.0 (nvidia)'])
  })

  it('cards only behind /sys/class/drm/cardN/device, connectors only nested in their card: both cards, both connectors, the monitor', async () => {
    const {code, report, stderr} = await displaysJson(fixtureTree('displays-drm-class-only'))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(report.gpus).toEqual([
      {
        busId: '0000:00:02.0',
        vendorId: '8086',
        deviceId: '5917',
        vendor: 'Intel Corporation',
        model: 'UHD Graphics 620',
        driver: 'i915',
        bootVga: null,
        xScreens: null,
      },
      {
        busId: '0000:09:00.0',
        vendorId: '1002',
        deviceId: '687f',
        vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]',
        model: 'Vega 10 XL/XT [Radeon RX Vega 56/64]',
        driver: 'amdgpu',
        bootVga: true,
        xScreens: null,
      },
    ])
    expect(report.outputs).toEqual([
      {
        card: 'card1',
        busId: '0000:00:02.0',
        connector: 'DP-1',
        status: 'disconnected',
        enabled: false,
        monitor: null,
        manufacturer: null,
        serial: null,
        preferredMode: null,
        edidError: null,
        source: 'kernel',
      },
      {
        card: 'card1',
        busId: '0000:00:02.0',
        connector: 'DP-5',
        status: 'connected',
        enabled: true,
        monitor: 'HP ZR2440w',
        manufacturer: 'HWP',
        serial: 'CN4218016Q',
        preferredMode: '1920x1200',
        edidError: null,
        source: 'kernel',
      },
    ])
    expect(report.findings).toEqual([])
    expect(report.notChecked.map(gap => gap.fact)).toEqual(['X server log', 'outputs of 0000:09:00.0 (amdgpu)'])
  })

  it("the story's vanished second card: the same machine with the 8400 GS gone from the bus", async () => {
    scratch = mkdtempSync(join(tmpdir(), 'netdoc-displays-'))
    cpSync(fixtureTree('displays-two-nvidia-screens'), scratch, {recursive: true, verbatimSymlinks: true})
    rmSync(join(scratch, 'sys/bus/pci/devices/0000:02:00.0'))
    rmSync(join(scratch, 'var'), {recursive: true})
    const {code, report} = await displaysJson(scratch)
    expect(code).toBe(1)
    expect(report.findings.map(f => [f.id, f.subject])).toEqual([['display.card-missing-from-bus', '0000:02:00.0']])
    expect(report.findings[0]?.next.join(' ')).toMatch(/jumper or switch for two cards/)
  })

  it('a Wayland session: X hints are marked as not applying, and the finding says so', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'netdoc-displays-'))
    cpSync(fixtureTree('displays-second-gpu-unused'), scratch, {recursive: true, verbatimSymlinks: true})
    mkdirSync(join(scratch, 'proc', '2210'))
    writeFileSync(join(scratch, 'proc', '2210', 'comm'), 'sway\n')
    const {code, report} = await displaysJson(scratch)
    expect(code).toBe(0)
    expect(report.x).toMatchObject({session: 'wayland', hintsApply: false})
    expect(report.findings.map(f => f.id)).toEqual(['display.wayland-session'])
  })

  it('a line the message catalog knows in the X log is a finding, with the exit code, in displays and in report --from', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'netdoc-displays-'))
    const tree = join(scratch, 'tree')
    cpSync(fixtureTree('displays-two-nvidia-screens'), tree, {recursive: true, verbatimSymlinks: true})
    // What the NVIDIA X driver prints when nvidia.ko is not loaded (a kernel update without a rebuilt module).
    const failed = '(EE) NVIDIA: Failed to load the NVIDIA kernel module. Please check your'
    appendFileSync(join(tree, 'var/log/Xorg.0.log'), `${failed}\n(EE) NVIDIA:     system's kernel log for additional error messages.\n`)
    const expected = {
      id: 'xorg.nvidia-kernel-module-missing',
      severity: 'error',
      title: 'The NVIDIA X driver could not load its kernel module',
      evidence: [`X log (/var/log/Xorg.0.log): "${failed}"`, expect.stringContaining('the kernel part (nvidia.ko) is not loaded')],
      next: expect.arrayContaining([expect.stringContaining('sudo modprobe nvidia')]),
    }
    const {code, report} = await displaysJson(tree)
    expect(code).toBe(1)
    expect(report.findings).toEqual([expected])
    // The NVIDIA driver's normal lines naming each GPU at its bus id are recognised too (info, not findings).
    expect(report.x.messages.map(m => m.id)).toEqual(['xorg.nvidia-kernel-module-missing', 'xorg.nvidia-gpu-found'])
    const human = await runNetdoc(['displays'], {NETDOC_ROOT: tree})
    expect(human.code).toBe(1)
    expect(human.stdout).toContain('PROBLEM  The NVIDIA X driver could not load its kernel module  [xorg.nvidia-kernel-module-missing]')
    expect(human.stdout.split('The NVIDIA X driver could not load its kernel module').length - 1, 'shown once, as a finding').toBe(1)
    expect(human.stdout, 'the info lines naming each GPU are listed under the X log').toMatch(/What the X log says[\s\S]*NVIDIA GPU/)
    const file = join(scratch, 'snapshot.json')
    expect((await runNetdoc(['snapshot', '-o', file], {NETDOC_ROOT: tree})).code).toBe(0)
    const replayed = await runNetdoc(['report', '--from', file, '--json'])
    expect(replayed.code).toBe(1)
    const full = JSON.parse(replayed.stdout) as {findings: unknown[]; displays: DisplaysReport}
    expect(full.findings).toContainEqual(expected)
    expect(full.displays.findings).toEqual([expected])
  })

  it('replays a snapshot with --from, with the same report as on the machine', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'netdoc-displays-'))
    const machine = {NETDOC_ROOT: fixtureTree('displays-second-gpu-unused')}
    const file = join(scratch, 'snapshot.json')
    const taken = await runNetdoc(['snapshot', '-o', file], machine)
    expect(taken.code).toBe(0)
    const live = await runNetdoc(['displays', '--json'], machine)
    const replayed = await runNetdoc(['displays', '--json', '--from', file])
    expect(replayed.code).toBe(live.code)
    expect(JSON.parse(replayed.stdout)).toEqual(JSON.parse(live.stdout))
  })

  it('prints plain tables and findings without colour when piped, and teaches in --help', async () => {
    const human = await runNetdoc(['displays'], {NETDOC_ROOT: fixtureTree('displays-second-gpu-unused')})
    expect(human.stdout).not.toMatch(/\u001b\[/)
    expect(human.stdout).toContain('GK104 [GeForce GTX 660 Ti]')
    expect(human.stdout).toContain('HP W2371d')
    expect(human.stdout).toContain('X screen 0 → 0000:01:00.0 (NVIDIA), Screen "Screen0", Device "Device0"')
    expect(human.stdout).toMatch(
      /PROBLEM {2}The GK104 \[GeForce GTX 660 Ti\] at 0000:02:00.0 has monitors plugged in, but no X screen uses it/,
    )
    const help = await runNetdoc(['displays', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('EXAMPLES')
    expect(help.stdout).toContain('displays --from snapshot.json')
  })
})
