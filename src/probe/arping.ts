// arping, wrapped: asks who holds an address on one port, by broadcast ARP, and lists every MAC that answers.
import type {Host} from '../host/host.js'
import {distinctMacs, parseArping} from '../parse/arping.js'
import type {ArpProbe} from '../capabilities/ping/facts.js'
import {KILL_SLACK_MS} from './deadline.js'

/** ArpingOptions shape one arping run. */
export interface ArpingOptions {
  /** host runs arping (a recorded tree replays it). */
  host: Host
  /** dev is the port to ask on (arping needs one). */
  dev: string
  /** windowMs bounds the run: arping's deadline (whole seconds, rounded up) and a kill timer just after the window. One second of silence on a LAN is strong evidence. */
  windowMs: number
  /** settleMs: after the first reply, wait this long for a second MAC (two holders answer within microseconds), then stop. Default 250. */
  settleMs?: number
  /** duplicateDetection sends from 0.0.0.0 (arping -D), so asking never disturbs the neighbours' caches; for checking a free address. */
  duplicateDetection?: boolean
  /** signal stops asking early (e.g. once ping has shown the address answers); what was heard so far still counts. */
  signal?: AbortSignal
}

const NOT_PERMITTED = /Operation not permitted|Permission denied/

/** arpingArgv builds arping's argument list: broadcast only (so every holder answers every request), the address after `--`. */
export function arpingArgv(address: string, options: ArpingOptions): string[] {
  const deadlineSeconds = Math.max(1, Math.ceil(options.windowMs / 1000))
  return ['arping', options.duplicateDetection ? '-D' : '-b', '-w', String(deadlineSeconds), '-I', options.dev, '--', address]
}

/** arping asks `address` on `options.dev` and reports who answered: replied (with every distinct MAC) / no-reply / not-permitted / missing / failed,
 * or stopped when `options.signal` ended it before any answer. */
export async function arping(address: string, options: ArpingOptions): Promise<ArpProbe> {
  const argv = arpingArgv(address, options)
  const controller = new AbortController()
  if (options.signal?.aborted) controller.abort()
  options.signal?.addEventListener('abort', () => controller.abort(), {once: true})
  let timer: NodeJS.Timeout | undefined
  const outcome = await options.host.commands.run(argv, {
    timeoutMs: options.windowMs + KILL_SLACK_MS,
    signal: controller.signal,
    onStdout: chunk => {
      if (timer === undefined && /reply from/.test(chunk)) timer = setTimeout(() => controller.abort(), options.settleMs ?? 250)
    },
  })
  clearTimeout(timer)
  const base = {address, dev: options.dev, windowMs: options.windowMs, macs: [] as string[]}
  if (outcome.kind === 'missing' || outcome.kind === 'not-permitted') return {...base, outcome: outcome.kind, line: outcome.reason}
  if (outcome.kind === 'not-recorded') return {...base, outcome: 'failed', line: outcome.reason}
  const text = parseArping(outcome.stdout, outcome.stderr)
  const replies = text.ok ? text.value.replies.length : 0
  if (replies === 0 && options.signal?.aborted) return {...base, outcome: 'stopped', line: 'stopped early: its answer was no longer needed'}
  const ranItsWindow = outcome.kind === 'timed-out' || outcome.kind === 'stopped'
  if (!text.ok && ranItsWindow)
    return {...base, outcome: 'no-reply', line: `ARP requests on ${options.dev}, no reply in ${(options.windowMs / 1000).toFixed(1)} s`}
  if (!text.ok) return {...base, outcome: 'failed', line: text.error}
  const macs = distinctMacs(text.value.replies)
  if (macs.length > 0)
    return {...base, outcome: 'replied', macs, line: `${macs.length === 1 ? 'reply' : 'replies'} from ${macs.join(' and ')}`}
  if (text.value.problemLine && NOT_PERMITTED.test(text.value.problemLine))
    return {...base, outcome: 'not-permitted', line: text.value.problemLine}
  if (text.value.problemLine) return {...base, outcome: 'failed', line: text.value.problemLine}
  const sent = text.value.sent ?? 'some'
  return {
    ...base,
    outcome: 'no-reply',
    line: `${sent} ARP request(s) on ${options.dev}, no reply in ${(options.windowMs / 1000).toFixed(1)} s`,
  }
}
