// A ping of one size with "don't fragment" set: which packet sizes pass the whole path (the path MTU check).
import type {Host} from '../host/host.js'
import type {PingProbe} from '../capabilities/ping/facts.js'
import {KILL_SLACK_MS} from './deadline.js'
import {pingProbeOf} from './ping.js'

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
  return pingProbeOf(target, argv, outcome)
}
