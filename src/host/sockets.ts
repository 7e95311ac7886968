// The network sockets a probe may open (a DNS question (addresses or a PTR), a TCP connection attempt, a UDP socket, an HTTP check, a TLS handshake),
// as one interface with typed outcomes; the live machine's come from live-*.ts (loaded only when a probe opens one), a recorded
// tree's refuse.
import type {HttpCheck, TlsCheck} from '../capabilities/internet/facts.js'

/** NotLive is a socket refused without touching the network: a recorded tree (NETDOC_ROOT) is read, not probed. */
export interface NotLive {
  kind: 'not-live'
  reason: string
}

/** NOT_LIVE_REASON says why a recorded tree's sockets refuse. */
export const NOT_LIVE_REASON = 'a recorded tree (NETDOC_ROOT) is read, not probed'

/** DnsLookup is one DNS question's answer: the addresses (or a PTR's names), or the resolver's error code (ENOTFOUND, ETIMEOUT…). */
export interface DnsLookup {
  addresses: string[]
  code: string | null
}

/** DnsAsked is what one server said to a name's A and AAAA questions. */
export interface DnsAsked {
  kind: 'asked'
  v4: DnsLookup
  v6: DnsLookup
}

/** TcpAttempt is one connection attempt: connected (then closed at once), an error the kernel gave (ECONNREFUSED…), or silence. */
export type TcpAttempt = {kind: 'connected'} | {kind: 'error'; code: string | null} | {kind: 'timed-out'} | NotLive

/** SocketError is an error a socket call gave, with its errno code when it has one. */
export interface SocketError {
  code: string | undefined
  message: string
}

/** UdpSocket is an IPv4 UDP socket: errors of bind and send come back as values, never as thrown exceptions. */
export interface UdpSocket {
  /** bind binds to `address`:`port`, or gives the error (EACCES for a privileged port, EADDRINUSE…). */
  bind(port: number, address: string): Promise<SocketError | null>
  setBroadcast(on: boolean): void
  /** send sends one datagram, or gives the error (ENETUNREACH…). */
  send(bytes: Uint8Array, port: number, address: string): Promise<SocketError | null>
  onMessage(listener: (bytes: Uint8Array, from: {address: string; port: number}) => void): void
  onError(listener: (error: SocketError) => void): void
  /** close closes the socket; closing one that never bound, or twice, is no error. */
  close(): void
}

/** HostSockets opens the machine's network sockets: every probe that talks to the network itself (not through a program) uses these. */
export interface HostSockets {
  /** lookUp asks one DNS server (an address, optionally `address:port`) for a name's A and AAAA records at once, one try each,
   * giving up after `timeoutMs`. */
  lookUp(server: string, name: string, timeoutMs: number): Promise<DnsAsked | NotLive>
  /** lookUpPtr asks one DNS server for an address's PTR records (its reverse name), one try, giving up after `timeoutMs`: the names,
   * or the resolver's error code. */
  lookUpPtr(server: string, address: string, timeoutMs: number): Promise<DnsLookup | NotLive>
  /** tcpConnect tries one connection to `address`:`port` and closes it at once; silence past `timeoutMs` is `timed-out`. */
  tcpConnect(address: string, port: number, timeoutMs: number): Promise<TcpAttempt>
  /** openUdp opens an IPv4 UDP socket (`reuseAddr` to share a port with another socket, such as a DHCP client's). */
  openUdp(options?: {reuseAddr?: boolean}): Promise<UdpSocket | NotLive>
  /** httpCheck sends GET `url` to `address` and reads the answer (never following a redirect), within `timeoutMs`. */
  httpCheck(url: string, address: string, timeoutMs: number): Promise<HttpCheck | NotLive>
  /** tlsCheck shakes hands with `address`:`port` for `host`, verifying the certificate chain and the name, within `timeoutMs`. */
  tlsCheck(host: string, port: number, address: string, timeoutMs: number): Promise<TlsCheck | NotLive>
}

/** isNotLive tells a refused socket from an opened one. */
export function isNotLive<T>(value: T | NotLive): value is NotLive {
  return typeof value === 'object' && value !== null && (value as {kind?: unknown}).kind === 'not-live'
}

/** refusingSockets are a recorded tree's sockets: each refuses with `not-live`, and none opens anything. */
export function refusingSockets(reason = NOT_LIVE_REASON): HostSockets {
  const notLive: NotLive = {kind: 'not-live', reason}
  return {
    lookUp: async () => notLive,
    lookUpPtr: async () => notLive,
    tcpConnect: async () => notLive,
    openUdp: async () => notLive,
    httpCheck: async () => notLive,
    tlsCheck: async () => notLive,
  }
}

/** liveSockets are the live machine's sockets; node:dgram, node:net, node:dns, node:http and node:tls load only when a probe
 * first opens one. */
export function liveSockets(): HostSockets {
  const load = () => import('./live-sockets.js')
  return {
    lookUp: async (server, name, timeoutMs) => (await load()).lookUp(server, name, timeoutMs),
    lookUpPtr: async (server, address, timeoutMs) => (await load()).lookUpPtr(server, address, timeoutMs),
    tcpConnect: async (address, port, timeoutMs) => (await load()).tcpConnect(address, port, timeoutMs),
    openUdp: async options => (await load()).openUdp(options),
    httpCheck: async (url, address, timeoutMs) => (await import('./live-http.js')).httpCheck(url, address, timeoutMs),
    tlsCheck: async (host, port, address, timeoutMs) => (await import('./live-tls.js')).tlsCheck(host, port, address, timeoutMs),
  }
}
