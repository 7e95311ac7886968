// How an internet run's answers read: an HTTP check's answer (the expected one, a portal's redirect or login page), a TLS
// handshake's result (trusted, a clock that is wrong, another issuer, no handshake), and whether anything beyond the router answered.
import type {HttpCheck, HttpEndpoint, InternetFacts, TlsCheck, UpstreamProbe} from './facts.js'
import type {Neighbour} from '../ping/facts.js'

/** HttpReading is what an HTTP check's answer means. */
export type HttpReading = 'expected' | 'redirect' | 'login-page' | 'unexpected' | 'no-answer' | 'not-resolved'

/** HTML is what tells a web page from the plain answers the connectivity checks give. */
const HTML = /<\s*(!doctype\s+html|html|head|body|form|meta\s+http-equiv)/i

/** readHttp reads an HTTP check against its endpoint: the documented answer; a redirect (30x: the portal's login URL); a web page
 * instead of it (200 with HTML, or 511 Network Authentication Required); some other answer; or none. */
export function readHttp(check: HttpCheck, endpoint: HttpEndpoint | undefined): HttpReading {
  if (check.outcome === 'not-resolved') return 'not-resolved'
  if (check.outcome !== 'answered' || check.status === null) return 'no-answer'
  const bodyMatches = endpoint?.body === undefined || check.body.trim().startsWith(endpoint.body.trim())
  if (endpoint && check.status === endpoint.status && bodyMatches) return 'expected'
  if (check.status >= 300 && check.status < 400) return 'redirect'
  if (check.status === 511 || (check.status === 200 && (HTML.test(check.body) || /html/i.test(check.contentType ?? ''))))
    return 'login-page'
  return 'unexpected'
}

/** endpointOf is the endpoint an HTTP check was made for. */
export function endpointOf(facts: InternetFacts, check: HttpCheck): HttpEndpoint | undefined {
  return facts.endpoints.http.find(endpoint => endpoint.url === check.url)
}

/** httpReadings are every HTTP check with its reading. */
export function httpReadings(facts: InternetFacts): {check: HttpCheck; reading: HttpReading}[] {
  return facts.http.map(check => ({check, reading: readHttp(check, endpointOf(facts, check))}))
}

/** portalUrl is where a portal sends the browser: the redirect's Location (made absolute), else the URL that showed its page. */
export function portalUrl(check: HttpCheck): string {
  if (!check.location) return check.url
  try {
    return new URL(check.location, check.url).toString()
  } catch {
    return check.location
  }
}

/** TlsReading is what a TLS handshake's result means. */
export type TlsReading = 'verified' | 'clock' | 'issuer' | 'name' | 'blocked' | 'not-resolved' | 'error'

/** TIME_CODES are OpenSSL's verdicts on a certificate's dates: right for another time, so this clock may be wrong. */
const TIME_CODES = new Set(['CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED', 'CRL_NOT_YET_VALID', 'CRL_HAS_EXPIRED'])
/** ISSUER_CODES are OpenSSL's verdicts on a chain this machine does not trust: the certificate comes from another issuer. */
const ISSUER_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REJECTED',
  'INVALID_CA',
])

/** readTls reads a handshake: trusted; rejected for its dates (clock), its issuer, or its name; no handshake (blocked); or else. */
export function readTls(check: TlsCheck): TlsReading {
  if (check.outcome === 'verified') return 'verified'
  if (check.outcome === 'not-resolved') return 'not-resolved'
  if (check.outcome === 'timeout' || check.outcome === 'refused' || check.outcome === 'reset' || check.outcome === 'unreachable')
    return 'blocked'
  if (check.outcome !== 'rejected') return 'error'
  if (check.code !== null && TIME_CODES.has(check.code)) return 'clock'
  if (check.code !== null && ISSUER_CODES.has(check.code)) return 'issuer'
  if (check.code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'name'
  return 'error'
}

/** upstreamAnswered tells whether an anycast address answered at all: a ping reply, or a TCP port open or refusing. */
export function upstreamAnswered(probe: UpstreamProbe): boolean {
  return probe.ping?.outcome === 'reply' || probe.tcp.some(attempt => attempt.outcome === 'open' || attempt.outcome === 'refused')
}

/** upstreamSilent tells whether an anycast address was asked and gave nothing: no ping reply (ping ran), and no TCP answer. */
export function upstreamSilent(probe: UpstreamProbe): boolean {
  const pinged = probe.ping !== null && ['no-reply', 'unreachable', 'timed-out'].includes(probe.ping.outcome)
  const knocked = probe.tcp.length > 0 && probe.tcp.every(attempt => attempt.outcome === 'timeout' || attempt.outcome === 'unreachable')
  return (pinged || probe.ping === null || probe.ping.outcome === 'not-permitted' || probe.ping.outcome === 'missing') && knocked
}

/** isIpv6 tells whether an address is an IPv6 one. */
export function isIpv6(address: string): boolean {
  return address.includes(':')
}

/** upstreams are the anycast probes of one family. */
export function upstreams(facts: InternetFacts, family: 'ipv4' | 'ipv6'): UpstreamProbe[] {
  return facts.upstream.filter(probe => isIpv6(probe.address) === (family === 'ipv6'))
}

/** ipWorks tells whether anything beyond the router answered over IPv4 (ping or TCP), or an HTTP check or handshake got through. */
export function ipWorks(facts: InternetFacts): boolean {
  return (
    upstreams(facts, 'ipv4').some(upstreamAnswered) ||
    facts.http.some(check => check.outcome === 'answered') ||
    facts.tls.some(check => check.outcome === 'verified' || check.outcome === 'rejected')
  )
}

/** ANSWERED_STATES are neighbour states that hold a MAC the gateway gave (it answered ARP or neighbour discovery). */
const ANSWERED_STATES = new Set(['REACHABLE', 'STALE', 'DELAY', 'PROBE', 'PERMANENT', 'NOARP'])

/** neighbourAnswered tells whether the neighbour table holds the gateway's MAC. */
export function neighbourAnswered(neighbour: Neighbour | null): boolean {
  return neighbour !== null && neighbour.mac !== null && ANSWERED_STATES.has(neighbour.state)
}

/** gatewayAnswers tells whether the gateway answered: ping, or its MAC in the neighbour table. */
export function gatewayAnswers(facts: InternetFacts): boolean {
  const gateway = facts.gateway
  return gateway !== null && (gateway.ping?.outcome === 'reply' || neighbourAnswered(gateway.neighbour))
}

/** describePing is a ping's result in words, with its deciding line. */
export function describePing(what: string, probe: UpstreamProbe['ping']): string {
  if (!probe) return `${what}: ping did not run`
  const line = probe.line ? ` ("${probe.line}")` : ''
  if (probe.outcome === 'reply') return `${what} answers ping${probe.rtt ? ` (${probe.rtt.avgMs} ms)` : ''}`
  return `${what}: ping ${probe.outcome}${line}`
}

/** describeUpstream is one anycast address's probes in one line. */
export function describeUpstream(probe: UpstreamProbe): string {
  const tcp = probe.tcp.map(attempt => `TCP ${attempt.port} ${attempt.outcome}`).join(', ')
  return `${describePing(`${probe.name} ${probe.address}`, probe.ping)}${tcp ? `; ${tcp}` : ''}`
}

/** publicAnswers are this machine's resolvers' answers for the endpoints' real names (not the made-up one). */
export function publicAnswers(facts: InternetFacts) {
  return facts.dns.filter(answer => answer.name !== facts.endpoints.madeUpName)
}
