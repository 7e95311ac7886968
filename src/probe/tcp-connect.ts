// TCP connection attempts: an open port or a reset proves a host is there even when it ignores ping.
import {connect} from 'node:net'
import {performance} from 'node:perf_hooks'
import type {TcpProbe, TcpOutcome} from '../snapshot/ping.js'

/** COMMON_PORTS are services small-office machines often run: SSH, DNS, web, Windows sharing and remote desktop, printers. */
export const COMMON_PORTS = [22, 53, 80, 139, 443, 445, 631, 3389, 8080, 9100]

function outcomeOf(code: string | undefined): TcpOutcome {
  if (code === 'ECONNREFUSED') return 'refused'
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN') return 'unreachable'
  if (code === 'ETIMEDOUT') return 'timeout'
  return 'error'
}

/** tcpConnect tries one connection and closes it at once: open (a listener), refused (a reset: the host is there),
 * timeout (silence: dropped, or nobody there), unreachable (the kernel gave up, e.g. ARP failed) or error. */
export function tcpConnect(address: string, port: number, timeoutMs: number): Promise<TcpProbe> {
  const started = performance.now()
  return new Promise(resolve => {
    const socket = connect({host: address, port})
    const finish = (outcome: TcpOutcome, code: string | null) => {
      clearTimeout(timer)
      socket.destroy()
      resolve({port, outcome, ms: Math.round(performance.now() - started), code})
    }
    const timer = setTimeout(() => finish('timeout', null), timeoutMs)
    socket.once('connect', () => finish('open', null))
    socket.once('error', (error: NodeJS.ErrnoException) => finish(outcomeOf(error.code), error.code ?? null))
  })
}

/** tcpConnectAll tries every port at once, all within the same timeout. */
export function tcpConnectAll(address: string, ports: readonly number[], timeoutMs: number): Promise<TcpProbe[]> {
  return Promise.all(ports.map(port => tcpConnect(address, port, timeoutMs)))
}
