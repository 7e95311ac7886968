// The facts about graphics cards, monitors and the X server that `netdoc displays` and the display rules read.
// Each type is derived from its schema (src/capabilities/displays/schema.ts); the imports are types only, so zod stays out of start-up.
import type {z} from 'zod'
import type {collectedText, displaySession, displaysSchema, drmCard, drmOutput, gpu, sessionType} from './schema.js'

/** Gpu is one graphics card on the PCI bus (class 0x03xx) and the kernel driver bound to it. */
export type Gpu = z.output<typeof gpu>

/** DrmCard is one kernel display device (/sys/class/drm/cardN) and the PCI card behind it. */
export type DrmCard = z.output<typeof drmCard>

/** DrmOutput is one connector of a card (/sys/class/drm/cardN-HDMI-A-1): is a monitor plugged in, is it on, what it says it is. */
export type DrmOutput = z.output<typeof drmOutput>

/** SessionType is the graphical session running: an X server, a Wayland compositor, none, or unknown. */
export type SessionType = z.output<typeof sessionType>

/** DisplaySession is the session type and the facts that decided it. */
export type DisplaySession = z.output<typeof displaySession>

/** CollectedText is a text file netdoc read (an X log, an xorg.conf), kept whole so replays parse it afresh. */
export type CollectedText = z.output<typeof collectedText>

/** DisplaysFacts are the cards, their outputs and monitors, the display modules loaded, the session and X's log and configuration. */
export type DisplaysFacts = z.output<typeof displaysSchema>
