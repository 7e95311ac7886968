// Shows a person a port's socket: blinks its LED, and where the driver cannot, watches which port loses its link when a cable is pulled.
import type {Host} from '../host/host.js'
import {watchCarriers} from './carrier-watch.js'
import {blinkArgv, blinkPort} from './port-led.js'
import type {LocateReport} from './report.js'

/** LocateHooks let the caller speak to the person: agree to the unplug watch (`offer` says what to do), and hear that it started. */
export interface LocateHooks {
  confirmWatch(offer: string): Promise<boolean>
  watching(watched: string[]): void
}

/** locatePort blinks `port`'s LED for `seconds`; when it cannot blink, offers the unplug watch and runs it for `seconds`. */
export async function locatePort(host: Host, port: string, seconds: number, hooks: LocateHooks): Promise<LocateReport> {
  const blink = await blinkPort(host, port, seconds)
  const report: LocateReport = {
    port,
    seconds,
    command: blinkArgv(port, seconds),
    led: blink.kind,
    ledReason: blink.kind === 'blinked' ? null : blink.reason,
    watch: null,
  }
  if (blink.kind === 'blinked') return report
  const offer = `${port}'s LED cannot blink (${blink.reason}). Instead: unplug the cable you think is ${port}'s, and I'll watch which port loses its link.`
  if (await hooks.confirmWatch(offer)) report.watch = await watchCarriers(host, seconds, hooks.watching)
  return report
}
