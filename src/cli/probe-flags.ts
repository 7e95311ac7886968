// The flags of commands that probe the network: --timeout bounding the whole run, checked before anything is sent.
import {Flags} from '@oclif/core'

/** timeoutFlag bounds a whole run, probes included, in seconds. */
export const timeoutFlag = Flags.string({
  description: 'Seconds the whole run may take, probes included (0.5 to 60).',
  default: '3',
  helpValue: 'SECONDS',
})

/** timeoutMs reads --timeout's seconds as milliseconds, or says why they are not usable. */
export function timeoutMs(value: string): {ok: true; ms: number} | {ok: false; error: string} {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds < 0.5 || seconds > 60) return {ok: false, error: `--timeout takes seconds from 0.5 to 60, not ${JSON.stringify(value)}`}
  return {ok: true, ms: seconds * 1000}
}
