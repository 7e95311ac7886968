// The system ping, wrapped: argv with `--` before the target, a hard kill timer, and a typed outcome.
import type {Host} from '../host/host.js'
import type {CommandOutcome} from '../host/run-command.js'
import {decidePing, parsePingText} from '../parse/ping.js'
import type {PingProbe} from '../capabilities/ping/facts.js'
import {KILL_SLACK_MS} from './deadline.js'

/** PingOptions shape one ping run: how many echoes, how far apart, and the window it must finish in. */
export interface PingOptions {
  /** host runs ping (a recorded tree replays it). */
  host: Host
  /** count of echo requests; ping stops as soon as this many replies are in (default 3). */
  count?: number
  /** intervalMs between echo requests; 200 is the shortest ping allows an unprivileged user (default 200). */
  intervalMs?: number
  /** windowMs bounds the run: ping's own deadline (whole seconds, rounded up) and a kill timer KILL_SLACK_MS after the window. */
  windowMs: number
}

/** pingArgv builds ping's argument list; the target always comes after `--`, so it can never be read as an option. */
export function pingArgv(target: string, options: PingOptions): string[] {
  const count = options.count ?? 3
  const interval = ((options.intervalMs ?? 200) / 1000).toFixed(1)
  const deadlineSeconds = Math.max(1, Math.ceil(options.windowMs / 1000))
  return ['ping', '-n', '-c', String(count), '-i', interval, '-w', String(deadlineSeconds), '--', target]
}

/** ping sends ICMP echo requests to `target` with the system ping and says what came of it:
 * reply / no-reply / unreachable / dns-failure / not-permitted / missing / timed-out / failed, with the deciding line. */
export async function ping(target: string, options: PingOptions): Promise<PingProbe> {
  const argv = pingArgv(target, options)
  const outcome = await options.host.commands.run(argv, {timeoutMs: options.windowMs + KILL_SLACK_MS})
  return pingProbeOf(target, argv, outcome)
}

/** pingProbeOf reads a ping run's outcome (any ping argv of `target`): the decided outcome and line, or why it could not run. */
export function pingProbeOf(target: string, argv: string[], outcome: CommandOutcome): PingProbe {
  const base = {address: target, argv, sent: null, received: null, lossPercent: null, rtt: null}
  switch (outcome.kind) {
    case 'ok':
    case 'failed':
      return {...base, ...decidePing(outcome.exitCode, outcome.stdout, outcome.stderr)}
    case 'timed-out':
    case 'stopped': {
      const text = parsePingText(outcome.stdout, outcome.stderr)
      const reply = text.ok ? text.value.replyLine : null
      return {...base, outcome: reply ? 'reply' : 'timed-out', line: reply ?? outcome.reason}
    }
    case 'missing':
      return {...base, outcome: 'missing', line: outcome.reason}
    case 'not-permitted':
      return {...base, outcome: 'not-permitted', line: outcome.reason}
    case 'not-recorded':
      return {...base, outcome: 'failed', line: outcome.reason}
  }
}
