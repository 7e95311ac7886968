// The live machine's sockets (node:dns, node:net, node:dgram): this module loads only when a probe first opens one, never at start-up.
import {createSocket} from 'node:dgram'
import {Resolver} from 'node:dns/promises'
import {connect} from 'node:net'
import type {DnsAsked, DnsLookup, SocketError, TcpAttempt, UdpSocket} from './sockets.js'

function socketError(error: NodeJS.ErrnoException): SocketError {
  return {code: error.code, message: error.message}
}

/** resolverFor makes a resolver that asks only `server`, once, waiting at most `timeoutMs` (the C library would wait 5 s per
 * attempt); null with the error code for a server that is not an IP address (resolv.conf's parser keeps none, but a lease's list
 * may hold anything): no question is asked then. */
function resolverFor(server: string, timeoutMs: number): {resolver: Resolver} | {code: string} {
  const resolver = new Resolver({timeout: Math.max(100, Math.floor(timeoutMs)), tries: 1})
  try {
    resolver.setServers([server])
    return {resolver}
  } catch (error) {
    return {code: (error as NodeJS.ErrnoException).code ?? 'ERR_INVALID_IP_ADDRESS'}
  }
}

/** answered turns a resolver's promise into a DnsLookup: its records, or its error code. */
function answered(query: Promise<string[]>): Promise<DnsLookup> {
  return query.then(
    addresses => ({addresses, code: null}),
    (error: NodeJS.ErrnoException) => ({addresses: [], code: error.code ?? 'EUNKNOWN'}),
  )
}

/** asking runs `questions` on a resolver for `server`, a timer cancelling them once `timeoutMs` is over. */
async function asking<T>(server: string, timeoutMs: number, questions: (resolver: Resolver) => Promise<T>, refused: (code: string) => T) {
  const made = resolverFor(server, timeoutMs)
  if ('code' in made) return refused(made.code)
  const timer = setTimeout(() => made.resolver.cancel(), timeoutMs)
  const result = await questions(made.resolver)
  clearTimeout(timer)
  return result
}

/** lookUp asks `server` for `name`'s A and AAAA records at once with its own short timeout. */
export function lookUp(server: string, name: string, timeoutMs: number): Promise<DnsAsked> {
  return asking(
    server,
    timeoutMs,
    async resolver => {
      const [v4, v6] = await Promise.all([answered(resolver.resolve4(name)), answered(resolver.resolve6(name))])
      return {kind: 'asked' as const, v4, v6}
    },
    code => ({kind: 'asked', v4: {addresses: [], code}, v6: {addresses: [], code}}),
  )
}

/** lookUpPtr asks `server` for the PTR records of `address` (its in-addr.arpa or ip6.arpa name) with its own short timeout. */
export function lookUpPtr(server: string, address: string, timeoutMs: number): Promise<DnsLookup> {
  return asking(
    server,
    timeoutMs,
    resolver => answered(resolver.reverse(address)),
    code => ({addresses: [], code}),
  )
}

/** tcpConnect tries one connection and destroys it as soon as it is settled: connected, an error, or silence past `timeoutMs`. */
export function tcpConnect(address: string, port: number, timeoutMs: number): Promise<TcpAttempt> {
  return new Promise(resolve => {
    const socket = connect({host: address, port})
    const finish = (attempt: TcpAttempt) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(attempt)
    }
    const timer = setTimeout(() => finish({kind: 'timed-out'}), timeoutMs)
    socket.once('connect', () => finish({kind: 'connected'}))
    socket.once('error', (error: NodeJS.ErrnoException) => finish({kind: 'error', code: error.code ?? null}))
  })
}

/** openUdp opens an IPv4 UDP socket whose bind and send errors come back as values. */
export function openUdp(options: {reuseAddr?: boolean} = {}): UdpSocket {
  const socket = createSocket({type: 'udp4', reuseAddr: options.reuseAddr ?? false})
  socket.on('error', () => {}) // an error nobody asked about must not crash netdoc: bind and send give theirs as values
  return {
    bind: (port, address) =>
      new Promise(resolve => {
        const failed = (error: Error) => resolve(socketError(error as NodeJS.ErrnoException))
        socket.once('error', failed)
        socket.bind({port, address}, () => {
          socket.off('error', failed)
          resolve(null)
        })
      }),
    setBroadcast: on => socket.setBroadcast(on),
    send: (bytes, port, address) =>
      new Promise(resolve =>
        socket.send(bytes, port, address, error => resolve(error ? socketError(error as NodeJS.ErrnoException) : null)),
      ),
    onMessage: listener =>
      socket.on('message', (message, from) => listener(new Uint8Array(message), {address: from.address, port: from.port})),
    onError: listener => socket.on('error', error => listener(socketError(error as NodeJS.ErrnoException))),
    close() {
      try {
        socket.close()
      } catch {
        // a socket that never bound, or is closed already, has nothing to close
      }
    },
  }
}
