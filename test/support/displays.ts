// Builders for snapshots with a displays section, so display rule tables read as the machine they describe.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {CollectedText, DisplaysFacts, DrmOutput, Gpu} from '../../src/capabilities/displays/facts.js'
import {emptySnapshot, type Snapshot} from '../../src/snapshot/snapshot.js'
import {fixtureTree} from './cli.js'

/** nvidiaGpu is a GeForce on the nvidia driver at 0000:01:00.0, the boot display, changed by `overrides`. */
export function nvidiaGpu(overrides: Partial<Gpu> = {}): Gpu {
  return {
    busId: '0000:01:00.0',
    vendorId: '10de',
    deviceId: '0641',
    classCode: '0x030000',
    vendor: 'NVIDIA Corporation',
    model: 'G96C [GeForce 9400 GT]',
    driver: 'nvidia',
    bootVga: true,
    ...overrides,
  }
}

/** intelGpu is the integrated Intel graphics at 0000:00:02.0 on i915, changed by `overrides`. */
export function intelGpu(overrides: Partial<Gpu> = {}): Gpu {
  return {
    busId: '0000:00:02.0',
    vendorId: '8086',
    deviceId: '191b',
    classCode: '0x030000',
    vendor: 'Intel Corporation',
    model: 'HD Graphics 530',
    driver: 'i915',
    bootVga: true,
    ...overrides,
  }
}

/** output is a connector of a DRM card, disconnected unless `overrides` plugs something in. */
export function output(overrides: Partial<DrmOutput> = {}): DrmOutput {
  return {card: 'card0', connector: 'HDMI-A-1', status: 'disconnected', enabled: false, modes: [], edid: null, ...overrides}
}

/** fixtureText reads a file of a displays-* fixture tree as the collector would have kept it. */
export function fixtureText(fixture: string, path: string): CollectedText {
  return {path: `/${path}`, text: readFileSync(join(fixtureTree(fixture), path), 'utf8')}
}

/** fixtureEdidHex reads a fixture connector's EDID as the hex the snapshot keeps. */
export function fixtureEdidHex(fixture: string, connectorDir: string): string {
  return readFileSync(join(fixtureTree(fixture), connectorDir, 'edid')).toString('hex')
}

/** xorgConf is an xorg.conf at /etc/X11/xorg.conf with this text. */
export function xorgConf(text: string): CollectedText {
  return {path: '/etc/X11/xorg.conf', text}
}

/** displaysSnapshot is a snapshot whose displays section is an X11 machine with no cards, changed by `facts`. */
export function displaysSnapshot(facts: Partial<DisplaysFacts> = {}): Snapshot {
  return {
    ...emptySnapshot(),
    displays: {
      gpus: [],
      cards: [],
      outputs: [],
      kernelModules: [],
      nvidiaModeset: null,
      kernelCommandLine: 'BOOT_IMAGE=/boot/vmlinuz root=/dev/sda1 ro quiet splash',
      session: {type: 'x11', evidence: ['XDG_SESSION_TYPE=x11']},
      xLog: null,
      xConfigs: [],
      ...facts,
    },
  }
}
