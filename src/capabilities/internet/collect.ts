// Collects the internet section: the gateway, DNS, the anycast addresses beyond the router, HTTP, TLS, IPv6 and the path MTU,
// every probe at once under one deadline; HTTP and TLS start as soon as their name has an address.
import {performance} from 'node:perf_hooks'
import type {Host} from '../../host/host.js'
import {isNotLive} from '../../host/sockets.js'
import {ensureNics} from '../nics/collect.js'
import {isIpv4} from '../../net/address.js'
import type {Deadline} from '../../probe/deadline.js'
import {queryServer, readResolverConfig} from '../../probe/dns.js'
import {readNeighbours} from '../../probe/neighbours.js'
import {ping} from '../../probe/ping.js'
import {pingDf} from '../../probe/ping-df.js'
import {routeGet} from '../../probe/route-get.js'
import {tcpConnectAll} from '../../probe/tcp-connect.js'
import type {DnsAnswer, PingProbe, ProbeRecord, RouteProbe} from '../ping/facts.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {defaultGateway} from '../../views/default-routes.js'
import type {GatewayFacts, HttpCheck, InternetFacts, InternetRequest, MtuProbe, TlsCheck, UpstreamProbe} from './facts.js'
import {checkedNames, hostOf} from './names.js'

/** DNS_WINDOW_MS is the longest a DNS question waits: a working resolver answers in well under a second. */
export const DNS_WINDOW_MS = 1500
/** PROBE_WINDOW_MS is how long ping, TCP, HTTP and TLS wait for an answer. */
export const PROBE_WINDOW_MS = 1500
/** UPSTREAM_PORTS are the ports the anycast resolvers listen on: DNS over TCP, and HTTPS (DNS over HTTPS). */
export const UPSTREAM_PORTS = [53, 443]
/** MTU_SIZES are the DF-set ping sizes: Ethernet's 1500, and PPPoE's 1492. */
export const MTU_SIZES = [1500, 1492]

function timed<T>(work: Promise<T>): Promise<{value: T; ms: number}> {
  const started = performance.now()
  return work.then(value => ({value, ms: Math.round(performance.now() - started)}))
}

/** InternetRun holds one run's records and gaps while its probes are in flight. */
class InternetRun {
  readonly records: ProbeRecord[] = []
  readonly gaps: Gap[] = []

  constructor(
    readonly host: Host,
    readonly deadline: Deadline,
  ) {}

  record(probe: string, subject: string, outcome: string, detail: string, ms: number): void {
    this.records.push({probe, subject, outcome, detail, ms})
  }

  gap(fact: string, reason: string): void {
    if (!this.gaps.some(gap => gap.fact === fact)) this.gaps.push({fact, reason})
  }

  window(wantedMs: number): number {
    return this.deadline.windowMs(wantedMs)
  }

  async ping(address: string, what: string): Promise<PingProbe | null> {
    const windowMs = this.window(PROBE_WINDOW_MS)
    if (windowMs < 200) {
      this.gap(`ping ${address}`, 'the --timeout left no time for it')
      return null
    }
    const {value, ms} = await timed(ping(address, {host: this.host, windowMs, count: 2}))
    this.record('ping', `${what} ${address}`, value.outcome, value.line ?? '', ms)
    if (value.outcome === 'missing') this.gap('ping', `${value.line ?? 'ping is missing'} (install iputils-ping)`)
    if (value.outcome === 'not-permitted')
      this.gap(
        'ping',
        `${value.line ?? 'not permitted'}: ping needs CAP_NET_RAW or net.ipv4.ping_group_range; run netdoc as root (sudo) to include it`,
      )
    return value
  }

  async route(address: string): Promise<RouteProbe> {
    const {value, ms} = await timed(routeGet(this.host, address))
    this.record(
      'route',
      address,
      value.route ? 'route' : 'no route',
      value.route ? `dev ${value.route.dev}${value.route.gateway ? ` via ${value.route.gateway}` : ''}` : (value.error ?? ''),
      ms,
    )
    return value
  }

  async ask(server: string, name: string, probe: string): Promise<DnsAnswer> {
    const answer = await queryServer(this.host, server, name, this.window(DNS_WINDOW_MS))
    this.record(probe, `${name} @ ${server}`, answer.outcome, answer.addresses.join(', ') || (answer.code ?? ''), answer.ms)
    return answer
  }
}

/** firstAddress resolves once some server answered `name` with an address (IPv4 preferred from that answer), or null when all are in. */
function firstAddress(answers: Promise<DnsAnswer>[]): Promise<string | null> {
  return new Promise(resolve => {
    let left = answers.length
    if (left === 0) resolve(null)
    for (const answer of answers)
      void answer.then(got => {
        left--
        if (got.outcome === 'answered') resolve(got.addresses.find(isIpv4) ?? got.addresses[0] ?? null)
        else if (left === 0) resolve(null)
      })
  })
}

/** checkGateway pings the default gateway, then reads the neighbour table once the probes beyond it (`beyond`) are done too: their
 * packets make the kernel ask the gateway by ARP, which answers for it when ping is not permitted. */
async function checkGateway(run: InternetRun, snapshot: Snapshot, beyond: Promise<unknown>): Promise<GatewayFacts | null> {
  const route = defaultGateway(await ensureNics(run.host, snapshot))
  if (!route) return null
  const [probe] = await Promise.all([run.ping(route.gateway, 'gateway'), beyond])
  const {value: table, ms} = await timed(readNeighbours(run.host))
  for (const problem of table.problems) run.gap('neighbour table', problem)
  const neighbour = table.neighbours.find(entry => entry.address === route.gateway && entry.dev === route.dev) ?? null
  run.record('neighbours', route.gateway, neighbour ? neighbour.state : 'no entry', neighbour?.mac ?? '', ms)
  return {address: route.gateway, dev: route.dev, ping: probe, neighbour}
}

async function checkUpstream(run: InternetRun, resolver: {address: string; name: string}): Promise<UpstreamProbe> {
  const windowMs = run.window(PROBE_WINDOW_MS)
  const [probe, tcp] = await Promise.all([
    run.ping(resolver.address, resolver.name),
    windowMs < 100 ? Promise.resolve([]) : tcpConnectAll(run.host, resolver.address, UPSTREAM_PORTS, windowMs),
  ])
  for (const attempt of tcp) run.record('tcp', `${resolver.address}:${attempt.port}`, attempt.outcome, attempt.code ?? '', attempt.ms)
  return {address: resolver.address, name: resolver.name, ping: probe, tcp}
}

async function checkHttp(run: InternetRun, url: string, address: Promise<string | null>): Promise<HttpCheck> {
  const to = await address
  if (to === null) {
    const check: HttpCheck = {
      url,
      address: null,
      outcome: 'not-resolved',
      status: null,
      location: null,
      contentType: null,
      body: '',
      bodyBytes: 0,
      ms: 0,
      code: null,
    }
    run.record('http', url, 'not-resolved', 'its name did not resolve', 0)
    return check
  }
  const answer = await run.host.sockets.httpCheck(url, to, run.window(PROBE_WINDOW_MS))
  const check: HttpCheck = isNotLive(answer)
    ? {
        url,
        address: to,
        outcome: 'error',
        status: null,
        location: null,
        contentType: null,
        body: '',
        bodyBytes: 0,
        ms: 0,
        code: answer.reason,
      }
    : answer
  const detail =
    check.status !== null
      ? `${check.status}${check.location ? ` → ${check.location}` : ''}${check.contentType ? ` (${check.contentType})` : ''}`
      : (check.code ?? '')
  run.record('http', `${url} @ ${to}`, check.outcome, detail, check.ms)
  return check
}

async function checkTls(run: InternetRun, host: string, port: number, address: Promise<string | null>): Promise<TlsCheck> {
  const to = await address
  if (to === null) {
    run.record('tls', `${host}:${port}`, 'not-resolved', 'its name did not resolve', 0)
    return {host, port, address: null, outcome: 'not-resolved', code: null, certificate: null, ms: 0}
  }
  const answer = await run.host.sockets.tlsCheck(host, port, to, run.window(PROBE_WINDOW_MS))
  const check: TlsCheck = isNotLive(answer)
    ? {host, port, address: to, outcome: 'error', code: answer.reason, certificate: null, ms: 0}
    : answer
  const cert = check.certificate ? `${check.certificate.subject} issued by ${check.certificate.issuer}` : ''
  run.record('tls', `${host}:${port} @ ${to}`, check.outcome, [check.code, cert].filter(Boolean).join(': '), check.ms)
  return check
}

async function checkMtu(run: InternetRun, target: string): Promise<MtuProbe[]> {
  const windowMs = run.window(PROBE_WINDOW_MS)
  if (windowMs < 200) return []
  return Promise.all(
    MTU_SIZES.map(async size => {
      const {value, ms} = await timed(pingDf(run.host, target, size, windowMs))
      run.record('ping-df', `${target} at ${size} bytes`, value.outcome, value.line ?? '', ms)
      return {size, ping: value}
    }),
  )
}

/** collectInternet fills snapshot.internet (and snapshot.nics when absent), every probe within `deadline`. */
export async function collectInternet(host: Host, request: InternetRequest, snapshot: Snapshot, deadline: Deadline): Promise<void> {
  const run = new InternetRun(host, deadline)
  const {endpoints} = request
  const clock = new Date().toISOString()
  const {config, problem} = readResolverConfig(host.files)
  if (problem) run.gap('DNS configuration', problem)
  const servers = config.servers
  if (servers.length === 0 && !problem) run.gap('DNS', '/etc/resolv.conf names no nameserver')

  const names = checkedNames(endpoints)
  const asked = new Map(names.map(name => [name, servers.map(server => run.ask(server, name, 'dns'))]))
  const addressOf = (name: string) => firstAddress(asked.get(name) ?? [])
  const v4 = endpoints.resolvers.filter(resolver => isIpv4(resolver.address))
  const v6 = endpoints.resolvers.filter(resolver => !isIpv4(resolver.address))
  const tlsName = endpoints.tls[0]?.host ?? hostOf(endpoints.http[0]?.url ?? '') ?? endpoints.madeUpName

  const routes = Promise.all([v4[0], v6[0]].filter(resolver => resolver !== undefined).map(resolver => run.route(resolver.address)))
  const v6Route = routes.then(found => found.find(route => !isIpv4(route.to))?.route ?? null)
  const upstream4 = Promise.all(v4.map(resolver => checkUpstream(run, resolver)))
  const [gateway, routeList, beyond4, upstream6, publicDns, http, tls, mtu, dns] = await Promise.all([
    checkGateway(run, snapshot, upstream4),
    routes,
    upstream4,
    v6Route.then(route => (route ? Promise.all(v6.map(resolver => checkUpstream(run, resolver))) : [])),
    Promise.all(v4.map(resolver => run.ask(resolver.address, tlsName, 'public-dns'))),
    Promise.all(endpoints.http.map(endpoint => checkHttp(run, endpoint.url, addressOf(hostOf(endpoint.url) ?? '')))),
    Promise.all(endpoints.tls.map(endpoint => checkTls(run, endpoint.host, endpoint.port, addressOf(endpoint.host)))),
    (() => {
      const target = endpoints.mtuTarget ?? v4[0]?.address
      return target ? checkMtu(run, target) : Promise.resolve([])
    })(),
    Promise.all([...asked.values()].flat()),
  ])
  const facts: InternetFacts = {
    endpoints,
    endpointsFrom: request.from,
    clock,
    gateway,
    routes: routeList,
    servers,
    dns,
    publicDns,
    upstream: [...beyond4, ...upstream6],
    http,
    tls,
    mtu,
    probes: run.records,
  }
  snapshot.internet = facts
  snapshot.gaps.push(...run.gaps.map(gap => ({...gap, section: 'internet'})))
}
