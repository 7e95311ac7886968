// collectDisplays on recorded trees: cards (on the PCI bus and behind DRM cards), DRM outputs with EDIDs (either layout), modules, session, and which X log and xorg.conf it keeps.
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {collectDisplays} from '../../../src/capabilities/displays/collect.js'
import {recordedHost} from '../../../src/host/host.js'
import type {Gap} from '../../../src/snapshot/snapshot.js'
import {fixtureTree} from '../../support/cli.js'

let scratch: string | undefined

async function collectFrom(root: string) {
  const gaps: Gap[] = []
  const facts = await collectDisplays(recordedHost(root), gaps)
  return {facts, gaps}
}

/** copyFixture copies a fixture tree into a scratch directory, links kept as they are, to change one thing in it. */
function copyFixture(name: string): string {
  scratch = mkdtempSync(join(tmpdir(), 'netdoc-displays-'))
  cpSync(fixtureTree(name), scratch, {recursive: true, verbatimSymlinks: true})
  return scratch
}

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), {recursive: true})
  writeFileSync(join(root, path), text)
}

beforeEach(() => delete process.env.NETDOC_ROOT)
afterEach(() => {
  delete process.env.NETDOC_ROOT
  if (scratch) rmSync(scratch, {recursive: true, force: true})
  scratch = undefined
})

describe('collectDisplays', () => {
  it('reads a hybrid laptop: both cards, the DRM cards behind them, connectors with EDIDs, modules', async () => {
    const {facts, gaps} = await collectFrom(fixtureTree('displays-hybrid-laptop'))
    expect(facts.gpus).toEqual([
      {
        busId: '0000:00:02.0',
        vendorId: '8086',
        deviceId: '191b',
        classCode: '0x030000',
        vendor: 'Intel Corporation',
        model: 'HD Graphics 530',
        driver: 'i915',
        bootVga: true,
      },
      {
        busId: '0000:01:00.0',
        vendorId: '10de',
        deviceId: '139b',
        classCode: '0x030200',
        vendor: 'NVIDIA Corporation',
        model: 'GM107M [GeForce GTX 960M]',
        driver: 'nvidia',
        bootVga: false,
      },
    ])
    expect(facts.cards).toEqual([
      {card: 'card0', busId: '0000:01:00.0', driver: 'nvidia'},
      {card: 'card1', busId: '0000:00:02.0', driver: 'i915'},
    ])
    expect(facts.outputs.map(o => [o.card, o.connector, o.status, o.enabled, o.modes[0] ?? null, o.edid?.slice(0, 24) ?? null])).toEqual([
      ['card1', 'DP-1', 'disconnected', false, null, null],
      ['card1', 'HDMI-A-1', 'disconnected', false, null, null],
      ['card1', 'HDMI-A-2', 'connected', true, '1920x1080', '00ffffffffffff004c2dd30d'],
      ['card1', 'eDP-1', 'connected', true, '1920x1080', '00ffffffffffff000daed215'],
    ])
    expect(facts.outputs.find(o => o.connector === 'HDMI-A-2')?.edid).toHaveLength(512)
    expect(facts.kernelModules).toEqual(['nvidia', 'nvidia_drm', 'i915'])
    expect(facts.nvidiaModeset).toBe(false)
    expect(facts.kernelCommandLine).toContain('quiet splash')
    expect(facts.session).toEqual({type: 'unknown', evidence: ['no process list to look at']})
    expect(facts.xLog?.path).toBe('/var/log/Xorg.0.log')
    expect(facts.xConfigs).toEqual([])
    expect(gaps).toEqual([
      {
        fact: 'X configuration',
        reason: 'the X log says the server used /etc/X11/xorg.conf, which is not here (or not in the recorded tree)',
      },
      {fact: 'outputs of 0000:01:00.0 (nvidia)', reason: expect.stringContaining('nvidia-drm runs without modeset')},
    ])
  })

  it("finds cards only behind /sys/class/drm/cardN/device and connectors only nested in their card (Prometheus procfs' tree)", async () => {
    const {facts, gaps} = await collectFrom(fixtureTree('displays-drm-class-only'))
    expect(facts.gpus).toEqual([
      {
        busId: '0000:00:02.0',
        vendorId: '8086',
        deviceId: '5917',
        classCode: '0x030000',
        vendor: 'Intel Corporation',
        model: 'UHD Graphics 620',
        driver: 'i915',
        bootVga: null,
      },
      {
        busId: '0000:09:00.0',
        vendorId: '1002',
        deviceId: '687f',
        classCode: '0x030000',
        vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]',
        model: 'Vega 10 XL/XT [Radeon RX Vega 56/64]',
        driver: 'amdgpu',
        bootVga: true,
      },
    ])
    expect(facts.cards).toEqual([
      {card: 'card0', busId: '0000:09:00.0', driver: 'amdgpu'},
      {card: 'card1', busId: '0000:00:02.0', driver: 'i915'},
    ])
    expect(
      facts.outputs.map(o => [o.card, o.connector, o.status, o.enabled, o.modes.length, o.modes[0] ?? null, o.edid?.slice(0, 24) ?? null]),
    ).toEqual([
      ['card1', 'DP-1', 'disconnected', false, 0, null, null],
      ['card1', 'DP-5', 'connected', true, 27, '1920x1200', '00ffffffffffff0022f05629'],
    ])
    expect(facts.outputs[1]?.edid).toHaveLength(512)
    expect(facts.kernelModules).toEqual([])
    expect(gaps.map(gap => gap.fact)).toEqual(['X server log', 'outputs of 0000:09:00.0 (amdgpu)'])
  })

  it('lists each card and connector once in a tree with both layouts, and finds them through either one alone', async () => {
    const root = copyFixture('displays-hybrid-laptop')
    for (const path of [
      'sys/bus/pci/devices/0000:00:02.0',
      'sys/class/drm/card1/device',
      'sys/class/drm/card1-HDMI-A-2',
      'sys/class/drm/card1/card1-HDMI-A-2',
    ])
      expect(existsSync(join(root, path)), path).toBe(true)
    const both = (await collectFrom(root)).facts
    expect(both.gpus.map(gpu => [gpu.busId, gpu.driver])).toEqual([
      ['0000:00:02.0', 'i915'],
      ['0000:01:00.0', 'nvidia'],
    ])
    expect(both.cards.map(card => [card.card, card.busId])).toEqual([
      ['card0', '0000:01:00.0'],
      ['card1', '0000:00:02.0'],
    ])
    expect(both.outputs.map(o => `${o.card}-${o.connector}`)).toEqual(['card1-DP-1', 'card1-HDMI-A-1', 'card1-HDMI-A-2', 'card1-eDP-1'])

    rmSync(join(root, 'sys/bus/pci/devices/0000:00:02.0'))
    for (const entry of readdirSync(join(root, 'sys/class/drm')).filter(name => name.startsWith('card1-')))
      rmSync(join(root, 'sys/class/drm', entry))
    const drmOnly = (await collectFrom(root)).facts
    expect(drmOnly.gpus).toEqual(both.gpus)
    expect(drmOnly.cards).toEqual(both.cards)
    expect(drmOnly.outputs).toEqual(both.outputs)
  })

  it('keeps a card with no driver, and the xorg.conf X names, and skips PCI bridges', async () => {
    const unclaimed = await collectFrom(fixtureTree('displays-no-screens'))
    expect(unclaimed.facts.gpus).toEqual([
      expect.objectContaining({busId: '0000:01:00.0', driver: null, bootVga: true, model: 'RV710 [Radeon HD 4350/4550]'}),
    ])
    expect(unclaimed.facts.cards).toEqual([])
    const twoCards = await collectFrom(fixtureTree('displays-two-nvidia-screens'))
    expect(twoCards.facts.gpus.map(gpu => gpu.busId)).toEqual(['0000:00:0d.0', '0000:02:00.0'])
    expect(twoCards.facts.xConfigs.map(file => file.path)).toEqual(['/etc/X11/xorg.conf'])
    expect(twoCards.gaps).toContainEqual({
      fact: 'outputs of 0000:02:00.0 (nvidia)',
      reason: expect.stringContaining('nvidia-drm is not loaded'),
    })
  })

  it('tells a Wayland session from its compositor process, and an X11 one from Xorg', async () => {
    const root = copyFixture('displays-hybrid-laptop')
    write(root, 'proc/1100/comm', 'kwin_wayland\n')
    write(root, 'proc/1207/comm', 'Xwayland\n')
    write(root, 'proc/1/comm', 'systemd\n')
    expect((await collectFrom(root)).facts.session).toEqual({
      type: 'wayland',
      evidence: ['a Wayland compositor is running (kwin_wayland, pid 1100)'],
    })
    write(root, 'proc/990/comm', 'Xorg\n')
    expect((await collectFrom(root)).facts.session).toEqual({type: 'x11', evidence: ['an X server is running (Xorg, pid 990)']})
  })

  it("takes the newest desktop X log: a user's rootless log over an old one in /var/log, never Bumblebee's :8", async () => {
    const root = copyFixture('displays-hybrid-laptop')
    const userLog = 'home/ann/.local/share/xorg/Xorg.1.log'
    mkdirSync(join(root, userLog, '..'), {recursive: true})
    cpSync(join(fixtureTree('displays-second-gpu-unused'), 'var/log/Xorg.0.log'), join(root, userLog))
    utimesSync(join(root, 'var/log/Xorg.0.log'), new Date('2018-01-29T08:27:21Z'), new Date('2018-01-29T08:27:21Z'))
    utimesSync(join(root, userLog), new Date('2019-09-09T07:47:47Z'), new Date('2019-09-09T07:47:47Z'))
    expect((await collectFrom(root)).facts.xLog?.path).toBe(`/${userLog}`)
    cpSync(join(root, 'var/log/Xorg.0.log'), join(root, 'var/log/Xorg.8.log'))
    expect((await collectFrom(root)).facts.xLog?.path).toBe(`/${userLog}`)
  })

  it('falls back to the journal when no log file exists, and records a gap when that has nothing either', async () => {
    const root = copyFixture('displays-no-screens')
    rmSync(join(root, 'var'), {recursive: true})
    const none = await collectFrom(root)
    expect(none.facts.xLog).toBeNull()
    expect(none.gaps).toContainEqual({
      fact: 'X server log',
      reason: expect.stringMatching(/^no Xorg\.N\.log in \/var\/log or ~\/\.local\/share\/xorg; journalctl: .*not recorded/),
    })
    write(root, 'commands/journalctl_-b_--no-pager_-o_cat__COMM-Xorg', 'X.Org X Server 1.21.1.4\n(EE) no screens found\n')
    const fromJournal = await collectFrom(root)
    expect(fromJournal.facts.xLog).toEqual({path: 'journalctl -b _COMM=Xorg', text: 'X.Org X Server 1.21.1.4\n(EE) no screens found\n'})
  })
})
