// The unplug watch: reads every port's carrier over and over, and tells which port lost its link (the cable a person pulled).
import type {Host} from '../host/host.js'

/** CarrierChange is a port whose link went away (`lost`) or came (`gained`) during the watch. */
export interface CarrierChange {
  port: string
  change: 'lost' | 'gained'
  afterMs: number
}

/** WatchResult is the first change seen (null when none within the time), and the ports watched. */
export interface WatchResult {
  watched: string[]
  change: CarrierChange | null
  ms: number
}

/** POLL_MS is how often the carriers are read: fast enough that a pulled cable is seen at once. */
const POLL_MS = 100

/** carriers reads each port's carrier (true, false, or null when the port is down or gone) from /sys/class/net. */
export function carriers(host: Host): Map<string, boolean | null> {
  const read = new Map<string, boolean | null>()
  for (const port of host.files.subdirs('/sys/class/net')) {
    if (port === 'lo') continue
    const value = host.files.value(`/sys/class/net/${port}/carrier`)
    read.set(port, value === '1' ? true : value === '0' ? false : null)
  }
  return read
}

/** watchCarriers watches every port for up to `seconds`, returning at the first port that loses its link (one that disappears
 * counts: a USB adapter pulled out, a veth whose other end was deleted), or that gains one. */
export async function watchCarriers(host: Host, seconds: number, onStart?: (watched: string[]) => void): Promise<WatchResult> {
  const started = Date.now()
  const before = carriers(host)
  const watched = [...before.keys()]
  onStart?.(watched)
  while (Date.now() - started < seconds * 1000) {
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
    const now = carriers(host)
    for (const [port, was] of before) {
      const is = now.get(port) ?? null
      if (was === true && is !== true)
        return {watched, change: {port, change: 'lost', afterMs: Date.now() - started}, ms: Date.now() - started}
      if (was === false && is === true)
        return {watched, change: {port, change: 'gained', afterMs: Date.now() - started}, ms: Date.now() - started}
    }
  }
  return {watched, change: null, ms: Date.now() - started}
}
