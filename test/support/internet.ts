// Builders for `netdoc internet` snapshots: the office machine (192.168.1.10 on eth0, router 192.168.1.1) and what each probe of
// the way out found, healthy unless a test says otherwise, so each rule table reads as the network it describes.
import type {Endpoints, HttpCheck, InternetFacts, MtuProbe, TlsCheck, UpstreamProbe} from '../../src/capabilities/internet/facts.js'
import type {Port, Route} from '../../src/capabilities/nics/facts.js'
import {emptySnapshot, type Snapshot} from '../../src/snapshot/snapshot.js'
import {ROUTER, dnsAnswer, neighbour, officePort, officeRoutes, pinged} from './ping.js'

/** ENDPOINTS are the built-in endpoints as rules/internet/endpoints.json holds them. */
export const ENDPOINTS: Endpoints = {
  resolvers: [
    {address: '1.1.1.1', name: 'Cloudflare DNS'},
    {address: '8.8.8.8', name: 'Google Public DNS'},
    {address: '2606:4700:4700::1111', name: 'Cloudflare DNS (IPv6)'},
  ],
  http: [
    {url: 'http://connectivitycheck.gstatic.com/generate_204', status: 204, source: 'Android and ChromeOS'},
    {url: 'http://nmcheck.gnome.org/check_network_status.txt', status: 200, body: 'NetworkManager is online', source: 'NetworkManager'},
  ],
  tls: [{host: 'www.google.com', port: 443, source: 'a well-known HTTPS host'}],
  madeUpName: 'netdoc-nxdomain-check.example.com',
  mtuTarget: null,
}

/** DNS_SERVER is the office's resolver (the router). */
export const DNS_SERVER = ROUTER

/** upstream is one anycast address's probes: answering (ping and TCP), silent (nothing), or as given. */
export function upstream(address: string, how: 'answers' | 'silent', overrides: Partial<UpstreamProbe> = {}): UpstreamProbe {
  const answers = how === 'answers'
  return {
    address,
    name: ENDPOINTS.resolvers.find(resolver => resolver.address === address)?.name ?? 'resolver',
    ping: pinged(address, answers ? 'reply' : 'no-reply'),
    tcp: [53, 443].map(port => ({port, outcome: answers ? 'open' : 'timeout', ms: answers ? 12 : 1500, code: answers ? null : null})),
    ...overrides,
  }
}

/** httpAnswer is an HTTP check's answer (the documented one unless told). */
export function httpAnswer(url: string, status: number, overrides: Partial<HttpCheck> = {}): HttpCheck {
  const body = url.endsWith('.txt') && status === 200 ? 'NetworkManager is online\n' : ''
  return {
    url,
    address: '142.250.1.94',
    outcome: 'answered',
    status,
    location: null,
    contentType: body ? 'text/plain' : null,
    body,
    bodyBytes: body.length,
    ms: 30,
    code: null,
    ...overrides,
  }
}

/** documentedHttp are both checks answered as documented. */
export function documentedHttp(): HttpCheck[] {
  return [httpAnswer(ENDPOINTS.http[0]!.url, 204), httpAnswer(ENDPOINTS.http[1]!.url, 200)]
}

/** tlsResult is the TLS check of www.google.com: verified unless told. */
export function tlsResult(overrides: Partial<TlsCheck> = {}): TlsCheck {
  return {
    host: 'www.google.com',
    port: 443,
    address: '142.250.1.99',
    outcome: 'verified',
    code: null,
    certificate: {
      subject: 'CN=www.google.com',
      issuer: 'CN=WR2, O=Google Trust Services',
      validFrom: '2026-11-01T08:00:00.000Z',
      validTo: '2027-01-24T08:00:00.000Z',
    },
    ms: 45,
    ...overrides,
  }
}

/** mtuPassing are DF-set pings: every size passes unless `blocked` names one that vanishes. */
export function mtuPings(blocked: number[] = []): MtuProbe[] {
  return [1500, 1492].map(size => ({size, ping: pinged('1.1.1.1', blocked.includes(size) ? 'no-reply' : 'reply')}))
}

/** healthyInternet are the facts of a run where everything answers as documented (IPv4 only: no IPv6 route). */
export function healthyInternet(overrides: Partial<InternetFacts> = {}): InternetFacts {
  const names = ['connectivitycheck.gstatic.com', 'nmcheck.gnome.org', 'www.google.com']
  return {
    endpoints: ENDPOINTS,
    endpointsFrom: 'built-in',
    clock: '2026-12-03T14:00:00.000Z',
    gateway: {address: ROUTER, dev: 'eth0', ping: pinged(ROUTER, 'reply'), neighbour: neighbour(ROUTER, 'REACHABLE', 'aa:bb:cc:dd:ee:01')},
    routes: [
      {
        to: '1.1.1.1',
        route: {to: '1.1.1.1', dev: 'eth0', gateway: ROUTER, source: '192.168.1.10', kind: null, linkdown: false},
        error: null,
      },
      {to: '2606:4700:4700::1111', route: null, error: 'Network is unreachable'},
    ],
    servers: [DNS_SERVER],
    dns: [
      ...names.map((name, index) => dnsAnswer(DNS_SERVER, name, 'answered', [`142.250.1.${94 + index}`])),
      dnsAnswer(DNS_SERVER, ENDPOINTS.madeUpName, 'nxdomain'),
    ],
    publicDns: [
      dnsAnswer('1.1.1.1', 'www.google.com', 'answered', ['142.250.1.99']),
      dnsAnswer('8.8.8.8', 'www.google.com', 'answered', ['142.250.1.99']),
    ],
    upstream: [upstream('1.1.1.1', 'answers'), upstream('8.8.8.8', 'answers')],
    http: documentedHttp(),
    tls: [tlsResult()],
    mtu: mtuPings(),
    probes: [],
    ...overrides,
  }
}

/** online is a snapshot of the office machine (ports and routes changeable) with these internet facts. */
export function online(facts: InternetFacts, machine: {ports?: Port[]; routes?: Route[]} = {}): Snapshot {
  return {...emptySnapshot(), nics: {ports: machine.ports ?? [officePort()], routes: machine.routes ?? officeRoutes()}, internet: facts}
}

/** notResolved are HTTP and TLS checks that never ran, their names having no address. */
export function notResolved(): Pick<InternetFacts, 'http' | 'tls'> {
  return {
    http: ENDPOINTS.http.map(endpoint => ({
      ...httpAnswer(endpoint.url, 0),
      address: null,
      outcome: 'not-resolved' as const,
      status: null,
      body: '',
      bodyBytes: 0,
      ms: 0,
    })),
    tls: [tlsResult({address: null, outcome: 'not-resolved', certificate: null, ms: 0})],
  }
}

/** dnsAll is every checked name answered by the office's resolver the same way. */
export function dnsAll(outcome: 'no-answer' | 'refused' | 'server-failure', server = DNS_SERVER) {
  return [
    ...['connectivitycheck.gstatic.com', 'nmcheck.gnome.org', 'www.google.com'].map(name => dnsAnswer(server, name, outcome)),
    dnsAnswer(server, ENDPOINTS.madeUpName, outcome),
  ]
}
