// A ping of one size with "don't fragment" set: which packet sizes pass the whole path (the path MTU check).
import type {Host} from '../host/host.js'
import {decidePing, parsePingText} from '../parse/ping.js'
import type {PingProbe} from '../capabilities/ping/facts.js'
import {KILL_SLACK_MS} from './deadline.js'

/** ICMP_OVERHEAD is what IPv4 and ICMP headers add to ping's payload: a 1472-byte payload is a 1500-byte packet. */
export const ICMP_OVERHEAD = 28

/** dfPingArgv builds the argv of a DF-set ping of an IP packet of `size` bytes; the target always comes after `--`. */
export function dfPingArgv(target: string, size: number, windowMs: number): string[] {
  const seconds = String(Math.max(1, Math.ceil(windowMs / 1000)))
  return ['ping', '-n', '-c', '2', '-i', '0.2', '-M', 'do', '-s', String(size - ICMP_OVERHEAD), '-w', seconds, '--', target]
}

/** pingDf pings `target` with packets of `size` bytes that no router may fragment: a reply means that size passes the whole path. */
export async function pingDf(host: Host, target: string, size: number, windowMs: number): Promise<PingProbe> {
  const argv = dfPingArgv(target, size, windowMs)
  const outcome = await host.commands.run(argv, {timeoutMs: windowMs + KILL_SLACK_MS})
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
