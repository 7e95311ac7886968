// The facts about graphics cards, monitors and the X server that `netdoc displays` and the display rules read.

/** Gpu is one graphics card on the PCI bus (class 0x03xx) and the kernel driver bound to it. */
export interface Gpu {
  /** busId is the kernel's PCI address, e.g. 0000:01:00.0. */
  busId: string
  vendorId: string | null
  deviceId: string | null
  /** classCode is the PCI class, e.g. 0x030000 (VGA) or 0x030200 (3D controller). */
  classCode: string | null
  vendor: string | null
  model: string | null
  /** driver is the kernel driver bound to it (nvidia, nouveau, amdgpu, radeon, i915…), null when none is. */
  driver: string | null
  /** bootVga is true for the card the firmware showed the boot screen on; null when the kernel does not say. */
  bootVga: boolean | null
}

/** DrmCard is one kernel display device (/sys/class/drm/cardN) and the PCI card behind it. */
export interface DrmCard {
  card: string
  busId: string | null
  driver: string | null
}

/** DrmOutput is one connector of a card (/sys/class/drm/cardN-HDMI-A-1): is a monitor plugged in, is it on, what it says it is. */
export interface DrmOutput {
  card: string
  connector: string
  /** status is the kernel's word: connected, disconnected or unknown; null when unreadable. */
  status: string | null
  enabled: boolean | null
  modes: string[]
  /** edid is the monitor's EDID as hex, null when the connector has none (nothing plugged in, or no EDID read). */
  edid: string | null
}

/** SessionType is the graphical session running: an X server, a Wayland compositor, none, or unknown. */
export type SessionType = 'x11' | 'wayland' | 'none' | 'unknown'

/** DisplaySession is the session type and the facts that decided it. */
export interface DisplaySession {
  type: SessionType
  evidence: string[]
}

/** CollectedText is a text file netdoc read (an X log, an xorg.conf), kept whole so replays parse it afresh. */
export interface CollectedText {
  path: string
  text: string
}

/** DisplaysFacts are the cards, their outputs and monitors, the display modules loaded, the session and X's log and configuration. */
export interface DisplaysFacts {
  gpus: Gpu[]
  cards: DrmCard[]
  outputs: DrmOutput[]
  /** kernelModules lists the display drivers loaded in the kernel (nvidia, nvidia_drm, nouveau, amdgpu, radeon, i915, xe). */
  kernelModules: string[]
  /** nvidiaModeset is nvidia-drm's modeset parameter (outputs are in sysfs only when true); null when nvidia-drm is not loaded. */
  nvidiaModeset: boolean | null
  /** kernelCommandLine is /proc/cmdline (e.g. to spot `nomodeset`), null when unreadable. */
  kernelCommandLine: string | null
  session: DisplaySession
  xLog: CollectedText | null
  xConfigs: CollectedText[]
}
