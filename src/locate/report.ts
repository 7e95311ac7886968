// The report of `netdoc locate`: what the LED did, and what the unplug watch saw; and its human view.
import type {BlinkOutcome} from './port-led.js'
import type {WatchResult} from './carrier-watch.js'

/** LocateReport is exactly what `netdoc locate --json` prints. */
export interface LocateReport {
  port: string
  seconds: number
  /** command is the argv that blinks the LED (run unless declined). */
  command: string[]
  /** led is what the blinking did: blinked, not-supported (the driver cannot), failed (ethtool missing or refused), declined (the person said no). */
  led: BlinkOutcome['kind'] | 'declined'
  ledReason: string | null
  /** watch is the unplug watch, run when the LED could not blink (null when it did, or the watch was declined). */
  watch: WatchResult | null
}

/** locateFound tells whether the run answered "which socket is it?": the LED blinked, or the watch saw a port lose its link. */
export function locateFound(report: LocateReport): boolean {
  return report.led === 'blinked' || report.watch?.change?.change === 'lost'
}

/** renderLocate says what happened in plain words. */
export function renderLocate(report: LocateReport): string {
  const lines: string[] = []
  if (report.led === 'declined') return 'Nothing done.'
  if (report.led === 'blinked')
    return `The LED of ${report.port}'s socket blinked for ${report.seconds} s: the socket that blinked is ${report.port}.`
  lines.push(
    report.led === 'not-supported'
      ? `${report.port}'s driver cannot blink its LED (${report.ledReason}).`
      : `Could not blink ${report.port}'s LED: ${report.ledReason}.`,
  )
  const watch = report.watch
  if (watch === null) return lines.join('\n')
  const change = watch.change
  if (change === null)
    lines.push(`No port lost or gained its link in ${report.seconds} s (watched ${watch.watched.join(', ') || 'no port'}).`)
  else if (change.change === 'lost') {
    lines.push(
      change.port === report.port
        ? `${change.port} lost its link after ${(change.afterMs / 1000).toFixed(1)} s: the cable you pulled is ${change.port}'s.`
        : `${change.port} lost its link after ${(change.afterMs / 1000).toFixed(1)} s: the cable you pulled is in ${change.port}, not ${report.port}.`,
    )
  } else lines.push(`${change.port} gained a link after ${(change.afterMs / 1000).toFixed(1)} s: a cable was plugged into ${change.port}.`)
  return lines.join('\n')
}
