// An ARP sweep without privileges: one empty UDP datagram to every address makes the kernel ask each by ARP; its neighbour table then
// holds every device that answered. Bounded (at most one sweep of the addresses given), paced in batches, and under one time limit.
import {performance} from 'node:perf_hooks'
import type {Host} from '../host/host.js'
import {isNotLive} from '../host/sockets.js'

/** DISCARD_PORT is where the datagrams go (UDP 9, "discard"): a device that is there at most answers "port unreachable". */
export const DISCARD_PORT = 9

/** KickOptions pace the sweep: the host whose sockets send, how many datagrams leave per batch, and the pause between batches. */
export interface KickOptions {
  host: Host
  batch: number
  pauseMs: number
}

/** kickAddresses sends one empty datagram to each address, `batch` at a time, and returns how many left and how long it took;
 * addresses the kernel refuses (no route, a full neighbour table) are counted as not sent, never thrown; a host that may not send
 * (a recorded tree) refuses them all, and nothing is sent. */
export async function kickAddresses(
  addresses: readonly string[],
  options: KickOptions,
): Promise<{sent: number; refused: number; ms: number; lastError: string | null}> {
  const started = performance.now()
  const socket = await options.host.sockets.openUdp()
  if (isNotLive(socket)) return {sent: 0, refused: addresses.length, ms: Math.round(performance.now() - started), lastError: socket.reason}
  let sent = 0
  let refused = 0
  let lastError: string | null = null
  socket.onError(error => (lastError = error.message))
  const empty = new Uint8Array(0)
  for (let at = 0; at < addresses.length; at += options.batch) {
    await Promise.all(
      addresses.slice(at, at + options.batch).map(
        address =>
          new Promise<void>(resolve =>
            socket.send(empty, DISCARD_PORT, address).then(error => {
              if (error) {
                refused++
                lastError = `${error.code ?? 'error'} sending to ${address}`
              } else sent++
              resolve()
            }),
          ),
      ),
    )
    if (at + options.batch < addresses.length) await new Promise(resolve => setTimeout(resolve, options.pauseMs))
  }
  socket.close()
  return {sent, refused, ms: Math.round(performance.now() - started), lastError}
}
