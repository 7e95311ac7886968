// TCP connection attempts: an open port or a reset proves a host is there even when it ignores ping.
import {performance} from 'node:perf_hooks'
import type {Host} from '../host/host.js'
import type {TcpProbe, TcpOutcome} from '../capabilities/ping/facts.js'

/** COMMON_PORTS are services small-office machines often run: SSH, DNS, web, Windows sharing and remote desktop, printers. */
export const COMMON_PORTS = [22, 53, 80, 139, 443, 445, 631, 3389, 8080, 9100]

function outcomeOf(code: string | undefined): TcpOutcome {
  if (code === 'ECONNREFUSED') return 'refused'
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN') return 'unreachable'
  if (code === 'ETIMEDOUT') return 'timeout'
  return 'error'
}

/** tcpConnect tries one connection through `host`'s sockets and closes it at once: open (a listener), refused (a reset: the host
 * is there), timeout (silence: dropped, or nobody there), unreachable (the kernel gave up, e.g. ARP failed) or error (a host that
 * may not send, such as a recorded tree, gives `error` with its reason as the code, and nothing is sent). */
export async function tcpConnect(host: Host, address: string, port: number, timeoutMs: number): Promise<TcpProbe> {
  const started = performance.now()
  const attempt = await host.sockets.tcpConnect(address, port, timeoutMs)
  const ms = Math.round(performance.now() - started)
  if (attempt.kind === 'connected') return {port, outcome: 'open', ms, code: null}
  if (attempt.kind === 'timed-out') return {port, outcome: 'timeout', ms, code: null}
  if (attempt.kind === 'not-live') return {port, outcome: 'error', ms, code: attempt.reason}
  return {port, outcome: outcomeOf(attempt.code ?? undefined), ms, code: attempt.code}
}

/** tcpConnectAll tries every port at once, all within the same timeout. */
export function tcpConnectAll(host: Host, address: string, ports: readonly number[], timeoutMs: number): Promise<TcpProbe[]> {
  return Promise.all(ports.map(port => tcpConnect(host, address, port, timeoutMs)))
}
