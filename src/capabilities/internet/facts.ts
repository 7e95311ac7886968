// The facts `netdoc internet` gathers: the gateway, DNS (this machine's resolvers and the public ones), the anycast addresses beyond
// the router, the HTTP connectivity checks, the TLS handshakes, IPv6 and the path MTU, and where the endpoints came from.
import type {DnsAnswer, Neighbour, PingProbe, ProbeRecord, RouteProbe, TcpProbe} from '../ping/facts.js'

/** ResolverEndpoint is a public DNS service's anycast address, asked and pinged beyond the router. */
export interface ResolverEndpoint {
  address: string
  name: string
}

/** HttpEndpoint is a connectivity-check URL and the answer it is documented to give (a status, and a body when it has one). */
export interface HttpEndpoint {
  url: string
  status: number
  body?: string
  source: string
}

/** TlsEndpoint is a well-known HTTPS host whose certificate is verified. */
export interface TlsEndpoint {
  host: string
  port: number
  source: string
}

/** Endpoints are everything `netdoc internet` probes: data (rules/internet/endpoints.json), overridable by a file. */
export interface Endpoints {
  resolvers: ResolverEndpoint[]
  http: HttpEndpoint[]
  tls: TlsEndpoint[]
  /** madeUpName is a name that does not exist, under a domain with no wildcard: any address for it is a hijacking resolver's. */
  madeUpName: string
  /** mtuTarget is the address the DF-set pings of the path MTU check go to (null: the first IPv4 resolver). */
  mtuTarget?: string | null
}

/** InternetRequest is what `netdoc internet` asks for: the endpoints to probe and where they came from. */
export interface InternetRequest {
  endpoints: Endpoints
  from: string
}

/** HttpOutcome is how an HTTP check ended: an answer (any status), or why there was none. */
export type HttpOutcome = 'answered' | 'timeout' | 'refused' | 'unreachable' | 'reset' | 'not-resolved' | 'error'

/** HttpCheck is one connectivity-check request: the URL, the address it went to, and the answer (never followed when redirected). */
export interface HttpCheck {
  url: string
  address: string | null
  outcome: HttpOutcome
  status: number | null
  /** location is a redirect's Location header (the portal's URL). */
  location: string | null
  contentType: string | null
  /** body is the start of the answer (at most BODY_KEPT characters of the 64 KiB read). */
  body: string
  bodyBytes: number
  ms: number
  code: string | null
}

/** TlsOutcome is how a TLS handshake ended: a certificate this machine trusts, one it rejects, or no handshake at all. */
export type TlsOutcome = 'verified' | 'rejected' | 'timeout' | 'refused' | 'unreachable' | 'reset' | 'not-resolved' | 'error'

/** Certificate is what the peer's certificate says of itself. */
export interface Certificate {
  subject: string
  issuer: string
  validFrom: string
  validTo: string
}

/** TlsCheck is one TLS handshake with verification, and on rejection the error code and the certificate that was offered. */
export interface TlsCheck {
  host: string
  port: number
  address: string | null
  outcome: TlsOutcome
  /** code is OpenSSL's verification error (CERT_HAS_EXPIRED, UNABLE_TO_GET_ISSUER_CERT_LOCALLY…) or the socket's error code. */
  code: string | null
  certificate: Certificate | null
  ms: number
}

/** UpstreamProbe is one anycast address beyond the router: ping, and TCP to its DNS and HTTPS ports. */
export interface UpstreamProbe {
  address: string
  name: string
  ping: PingProbe | null
  tcp: TcpProbe[]
}

/** GatewayFacts are the default gateway's: whether it answers ping, and what the neighbour table says of it after. */
export interface GatewayFacts {
  address: string
  dev: string
  ping: PingProbe | null
  neighbour: Neighbour | null
}

/** MtuProbe is one DF-set ping at a packet size (the IP packet's, 1500 = a 1472-byte payload). */
export interface MtuProbe {
  size: number
  ping: PingProbe
}

/** InternetFacts are an internet run's facts; absent parts were not probed (see the Snapshot's gaps). */
export interface InternetFacts {
  endpoints: Endpoints
  /** endpointsFrom says where the endpoints came from: "built-in", or the file's path. */
  endpointsFrom: string
  /** clock is this machine's clock when the run started (ISO), for the certificates' dates. */
  clock: string
  /** gateway is null when there is no default route. */
  gateway: GatewayFacts | null
  /** routes are the kernel's routes to the first IPv4 and the first IPv6 resolver. */
  routes: RouteProbe[]
  /** servers are the DNS servers of /etc/resolv.conf. */
  servers: string[]
  /** dns are those servers' answers for the endpoints' names and the made-up name. */
  dns: DnsAnswer[]
  /** publicDns are the public resolvers' own answers, asked directly. */
  publicDns: DnsAnswer[]
  upstream: UpstreamProbe[]
  http: HttpCheck[]
  tls: TlsCheck[]
  mtu: MtuProbe[]
  probes: ProbeRecord[]
}
