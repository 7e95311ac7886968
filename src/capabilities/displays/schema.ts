// The schema of a snapshot's displays section (zod), checked when a snapshot file is replayed with --from; the types of
// src/capabilities/displays/facts.ts are derived from it.
import {z} from 'zod'

import {nullableString, strings} from '../../snapshot/schema-parts.js'

/** gpu is one graphics card on the PCI bus (class 0x03xx) and the kernel driver bound to it. */
export const gpu = z.object({
  /** busId is the kernel's PCI address, e.g. 0000:01:00.0. */
  busId: z.string(),
  vendorId: nullableString,
  deviceId: nullableString,
  /** classCode is the PCI class, e.g. 0x030000 (VGA) or 0x030200 (3D controller). */
  classCode: nullableString,
  vendor: nullableString,
  model: nullableString,
  /** driver is the kernel driver bound to it (nvidia, nouveau, amdgpu, radeon, i915…), null when none is. */
  driver: nullableString,
  /** bootVga is true for the card the firmware showed the boot screen on; null when the kernel does not say. */
  bootVga: z.boolean().nullable(),
})

/** drmCard is one kernel display device (/sys/class/drm/cardN) and the PCI card behind it. */
export const drmCard = z.object({card: z.string(), busId: nullableString, driver: nullableString})

/** drmOutput is one connector of a card (/sys/class/drm/cardN-HDMI-A-1): is a monitor plugged in, is it on, what it says it is. */
export const drmOutput = z.object({
  card: z.string(),
  connector: z.string(),
  /** status is the kernel's word: connected, disconnected or unknown; null when unreadable. */
  status: nullableString,
  enabled: z.boolean().nullable(),
  modes: strings,
  /** edid is the monitor's EDID as hex, null when the connector has none (nothing plugged in, or no EDID read). */
  edid: z
    .string()
    .regex(/^(?:[0-9a-f]{2})*$/)
    .nullable(),
})

/** sessionType is the graphical session running: an X server, a Wayland compositor, none, or unknown. */
export const sessionType = z.enum(['x11', 'wayland', 'none', 'unknown'])

/** displaySession is the session type and the facts that decided it. */
export const displaySession = z.object({type: sessionType, evidence: strings})

/** collectedText is a text file netdoc read (an X log, an xorg.conf), kept whole so replays parse it afresh. */
export const collectedText = z.object({path: z.string(), text: z.string()})

/** displaysSchema validates the displays section: cards, DRM cards and outputs, modules, session, X log and configuration. */
export const displaysSchema = z.object({
  gpus: z.array(gpu),
  cards: z.array(drmCard),
  outputs: z.array(drmOutput),
  /** kernelModules lists the display drivers loaded in the kernel (nvidia, nvidia_drm, nouveau, amdgpu, radeon, i915, xe). */
  kernelModules: strings,
  /** nvidiaModeset is nvidia-drm's modeset parameter (outputs are in sysfs only when true); null when nvidia-drm is not loaded. */
  nvidiaModeset: z.boolean().nullable(),
  /** kernelCommandLine is /proc/cmdline (e.g. to spot `nomodeset`), null when unreadable. */
  kernelCommandLine: nullableString,
  session: displaySession,
  xLog: collectedText.nullable(),
  xConfigs: z.array(collectedText),
})
