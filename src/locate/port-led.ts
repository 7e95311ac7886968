// Blinks a port's LED with `ethtool -p PORT SECONDS` so a person can see which socket it is; tells a driver that cannot blink apart.
import type {Host} from '../host/host.js'
import {outcomeReason} from '../host/run-command.js'

/** BlinkOutcome says whether the LED blinked, the driver cannot blink it (veth, many USB adapters), or ethtool could not run. */
export type BlinkOutcome = {kind: 'blinked'} | {kind: 'not-supported'; reason: string} | {kind: 'failed'; reason: string}

/** blinkArgv is the command: ethtool's identify, for `seconds` seconds. */
export function blinkArgv(port: string, seconds: number): string[] {
  return ['ethtool', '-p', port, String(seconds)]
}

const NOT_SUPPORTED = /Operation not supported|not supported/i

/** blinkPort runs `ethtool -p PORT SECONDS`, which returns once the blinking is over. */
export async function blinkPort(host: Host, port: string, seconds: number): Promise<BlinkOutcome> {
  const outcome = await host.commands.run(blinkArgv(port, seconds), {timeoutMs: (seconds + 5) * 1000})
  if (outcome.kind === 'ok') return {kind: 'blinked'}
  const reason = outcomeReason(outcome)
  if (outcome.kind === 'failed' && NOT_SUPPORTED.test(reason)) return {kind: 'not-supported', reason}
  return {kind: 'failed', reason}
}
