// parseXorgLog on real X server logs from public bug reports (the displays-* fixtures; sources in their READMEs).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseXorgLog, type XorgLog} from '../../src/parse/xorg-log.js'
import {fixtureTree} from '../support/cli.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

const logOf = (fixture: string) => readFileSync(join(fixtureTree(fixture), 'var/log/Xorg.0.log'), 'utf8')

function parse(text: string): XorgLog {
  const result = parseXorgLog(text)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('parseXorgLog', () => {
  it('two NVIDIA cards, one X screen each (X 1.7, NVIDIA 256: no timestamps, dates inside driver lines)', () => {
    const log = parse(logOf('displays-two-nvidia-screens'))
    expect(log.version).toBe('1.7.6')
    expect(log.configFile).toBe('/etc/X11/xorg.conf')
    expect(log.layout).toBe('Layout0')
    expect(log.layoutScreens).toEqual([
      {number: 0, identifier: 'Screen0', device: 'Device0'},
      {number: 1, identifier: 'Screen1', device: 'Device1'},
    ])
    expect(log.pciDevices).toEqual([
      {address: '0000:00:0d.0', primary: true, vendorId: '10de', deviceId: '03d0'},
      {address: '0000:02:00.0', primary: false, vendorId: '10de', deviceId: '06e4'},
    ])
    expect(log.screens.map(s => [s.tag, s.driver, s.address, s.gpuName])).toEqual([
      ['0', 'NVIDIA', '0000:00:0d.0', 'GeForce 6150SE nForce 430 (C61)'],
      ['1', 'NVIDIA', '0000:02:00.0', 'GeForce 8400 GS (G98)'],
    ])
    expect(log.monitors).toEqual([
      {address: '0000:00:0d.0', screenTag: '0', output: 'CRT-0', name: 'HP w15e'},
      {address: '0000:02:00.0', screenTag: '1', output: 'CRT-1', name: 'HP w15e'},
    ])
    expect(log.videoDrivers).toEqual(['nvidia'])
    expect(log.xinerama).toBe(false)
    expect(log.errors).toEqual(['PreInit returned NULL for "Mouse0"'])
    expect(log.fatal).toBeNull()
  })

  it('two NVIDIA cards, X uses one: the second GPU is probed (GPU-1) and its monitors are listed, but it has no screen', () => {
    const log = parse(logOf('displays-second-gpu-unused'))
    expect(log.screens).toEqual([
      {
        tag: '0',
        driver: 'NVIDIA',
        number: 0,
        gpuScreen: false,
        address: '0000:01:00.0',
        drmCard: null,
        gpuName: 'GeForce GTX 980 Ti (GM200-A)',
      },
    ])
    expect(log.monitors).toEqual([
      {address: '0000:01:00.0', screenTag: null, output: 'DFP-1', name: 'Pioneer Electronic Corporation VSX-921'},
      {address: '0000:02:00.0', screenTag: null, output: 'DFP-0', name: 'HP x23LED'},
      {address: '0000:02:00.0', screenTag: null, output: 'DFP-3', name: 'HP W2371d'},
    ])
    expect(log.pciDevices.map(device => device.address)).toEqual(['0000:01:00.0', '0000:02:00.0'])
    expect(log.videoDrivers).toEqual(['nvidia'])
    expect(log.xinerama).toBe(false)
  })

  it('no screens found: the fatal reason, the (EE) lines before it, drivers loaded and failed', () => {
    const log = parse(logOf('displays-no-screens'))
    expect(log.fatal).toBe('no screens found')
    expect(log.screens).toEqual([])
    expect(log.configFile).toBeNull()
    expect(log.videoDrivers).toEqual(['fglrx', 'ati', 'radeon', 'modesetting'])
    expect(log.failedDrivers).toEqual([
      {name: 'fbdev', reason: 'module does not exist'},
      {name: 'vesa', reason: 'module does not exist'},
    ])
    expect(log.errors).toContain('No supported AMD display adapters were found')
    expect(log.errors).toContain('open /dev/dri/card0: No such file or directory')
    expect(log.errors[log.errors.length - 1]).toBe('Device(s) detected, but none match those in the config file.')
  })

  it('a hybrid laptop: NVIDIA screen 0 and the Intel card as GPU screen G0 on card1, with its monitors', () => {
    const log = parse(logOf('displays-hybrid-laptop'))
    expect(log.screens.map(s => [s.tag, s.driver, s.gpuScreen, s.address, s.drmCard])).toEqual([
      ['G0', 'modeset', true, null, 'card1'],
      ['0', 'NVIDIA', false, '0000:01:00.0', null],
    ])
    expect(log.monitors).toEqual([
      {address: null, screenTag: 'G0', output: 'eDP-1-1', name: null},
      {address: null, screenTag: 'G0', output: 'HDMI-1-2', name: 'C27H71x'},
    ])
    expect(log.inactiveDevices).toEqual(['intel'])
    expect(log.videoDrivers).toEqual(['nvidia', 'modesetting'])
    expect(log.fatal).toBeNull()
  })

  // Lines from an Xorg.0.log posted on a Linux forum (a laptop with Intel 0000:00:02.0 and NVIDIA 0000:01:00.0 behind
  // 0000:00:06.0, X 21.1), the "Platform probe" lines X writes with logind and udev.
  it('maps DRM cards to PCI addresses from "Platform probe" lines, and a modesetting screen through its card', () => {
    const log = parse(`[    44.154] (++) using VT number 2
X.Org X Server 1.21.1.4
[    44.155] (II) xfree86: Adding drm device (/dev/dri/card0)
[    44.155] (II) Platform probe for /sys/devices/pci0000:00/0000:00:02.0/drm/card0
[    44.155] (II) systemd-logind: got fd for /dev/dri/card0 226:0 fd 15 paused 0
[    44.155] (II) xfree86: Adding drm device (/dev/dri/card1)
[    44.155] (II) Platform probe for /sys/devices/pci0000:00/0000:00:06.0/0000:01:00.0/drm/card1
[    44.200] (II) modeset(0): using drv /dev/dri/card0
[    44.201] (==) modeset(0): RGB weight 888
`)
    expect(log.drmCards).toEqual([
      {card: 'card0', address: '0000:00:02.0'},
      {card: 'card1', address: '0000:01:00.0'},
    ])
    expect(log.screens).toEqual([
      {tag: '0', driver: 'modeset', number: 0, gpuScreen: false, address: '0000:00:02.0', drmCard: 'card0', gpuName: null},
    ])
  })

  // The end of an Xorg.1.log adelpozoman-f posted on a Linux forum (2020-10-07): modesetting on a Radeon, killed at ScreenInit.
  it('reads modesetting "Output … connected" lines and a fatal reason other than "no screens found"', () => {
    const log = parse(`X.Org X Server 1.20.8
[   157.918] (II) modeset(0): EDID for output DVI-D-1
[   157.918] (II) modeset(0): Output DP-1 disconnected
[   157.918] (II) modeset(0): Output HDMI-1 connected
[   157.918] (II) modeset(0): Output DVI-D-1 disconnected
[   157.918] (II) modeset(0): Output HDMI-1 using initial mode 1920x1080 +0+0
[   157.918] (==) modeset(0): Using gamma correction (1.0, 1.0, 1.0)
[   157.918] (II) UnloadModule: "radeon"
[   157.918] (EE) modeset(0): drmSetMaster failed: Invalid argument
[   157.918] (EE) 
Fatal server error:
[   157.918] (EE) AddScreen/ScreenInit failed for driver 0
[   157.918] (EE) 
`)
    expect(log.monitors).toEqual([{address: null, screenTag: '0', output: 'HDMI-1', name: null}])
    expect(log.fatal).toBe('AddScreen/ScreenInit failed for driver 0')
    expect(log.errors).toEqual(['modeset(0): drmSetMaster failed: Invalid argument'])
  })

  it('takes the last server run when the text holds several (the journal keeps every run of the boot)', () => {
    const first = logOf('displays-no-screens')
    const second = logOf('displays-hybrid-laptop')
    const log = parse(`${first}\n${second}`)
    expect(log.version).toBe('1.19.5')
    expect(log.fatal).toBeNull()
  })

  it('reads a log cut short after the header: no screens yet, no error', () => {
    const log = parse(logOf('displays-second-gpu-unused').split('\n').slice(0, 24).join('\n'))
    expect(log.screens).toEqual([])
    expect(log.layoutScreens).toEqual([{number: 0, identifier: 'Screen0', device: 'Device0'}])
  })

  it('gives an error value for empty text and for text that is not an X log', () => {
    expect(parseXorgLog('')).toEqual({ok: false, error: 'X log: empty'})
    expect(parseXorgLog('   \n\n')).toEqual({ok: false, error: 'X log: empty'})
    expect(parseXorgLog('Oct 07 17:22:05 host kernel: [drm] Initialized i915 1.6.0\n').ok).toBe(false)
    expect(parseXorgLog('\u0000\u0001\u0002binary').ok).toBe(false)
  })
})

// Inputs `npm run fuzz` found (minimized): a snapshot from a stranger carries its X log, so each of these could hang a replay.
describe('parseXorgLog on hostile input', () => {
  const header = 'X.Org X Server 1.20.13\n'

  it.each([
    ['a timestamp of 60,000 blanks', `${header}[${' '.repeat(60_000)}`],
    [
      'a connected-display line of 60,000 blanks',
      `${header}NVIDIA(0): Connected display device(s) on GeForce at PCI:1:0:0\nNVIDIA(0):${' '.repeat(60_000)}x`,
    ],
    ['a line repeating "NVIDIA GPU " 20,000 times', `${header}NVIDIA(0): ${'NVIDIA GPU '.repeat(20_000)}`],
  ])('reads %s in linear time', (_kind, text) => {
    expect(msTaken(() => parseXorgLog(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseXorgLog(text).ok).toBe(true)
  })

  it('reads 8,000 monitors, each named, in linear time (each new one was compared with all the others)', () => {
    const lines = Array.from({length: 8000}, (_, index) => `modeset(0): Output DP-${index} connected\nmodeset(0): Monitor name: M${index}`)
    const text = `${header}${lines.join('\n')}`
    expect(msTaken(() => parseXorgLog(text))).toBeLessThan(HOSTILE_INPUT_MS)
    const log = parse(text)
    expect(log.monitors).toHaveLength(8000)
    expect(log.monitors[7999]).toEqual({address: null, screenTag: '0', output: 'DP-7999', name: 'M7999'})
  })

  it('reads an NVIDIA GPU line after the words appear, and a listed monitor named by one blank, as before', () => {
    const log = parse(
      `${header}NVIDIA(0): NVIDIA GPU GeForce 8400 GS (G98) at PCI:2:0:0 (GPU-0)\nNVIDIA(0): Connected display device(s) on GeForce at PCI:2:0:0\nNVIDIA(0):    (DFP-1)\n`,
    )
    expect(log.screens).toMatchObject([{tag: '0', address: '0000:02:00.0', gpuName: 'GeForce 8400 GS (G98)'}])
    expect(log.monitors).toEqual([{address: '0000:02:00.0', screenTag: '0', output: 'DFP-1', name: ' '}])
  })

  it('does not take a driver named "constructor" for a known vendor', () => {
    const log = parse(`${header}(--) PCI:*(0:0:2:0) 8086:1916 rev 7, Mem @ 0xdb000000/16777216\nconstructor(0): Depth 24\n`)
    expect(log.screens).toMatchObject([{driver: 'constructor', address: '0000:00:02.0'}])
  })
})
