// Collects the ping section: resolves the target, then runs every probe of the path to it at once under one deadline.
import {randomBytes} from 'node:crypto'
import {performance} from 'node:perf_hooks'
import type {Host} from '../../host/host.js'
import {listenArp, type ListenProblem} from '../../probe/arp-listen.js'
import {arping} from '../../probe/arping.js'
import type {Deadline} from '../../probe/deadline.js'
import {queryServer, readResolverConfig, resolveName} from '../../probe/dns.js'
import {readNeighbours} from '../../probe/neighbours.js'
import {ping} from '../../probe/ping.js'
import {readPingPermission} from '../../probe/ping-permission.js'
import {routeGet} from '../../probe/route-get.js'
import {COMMON_PORTS, tcpConnectAll} from '../../probe/tcp-connect.js'
import type {Target} from '../../parse/target.js'
import type {NicsFacts, Port} from '../nics/facts.js'
import type {
  ArpProbe,
  DnsAnswer,
  Listening,
  PingFacts,
  PingPermission,
  PingProbe,
  ProbeRecord,
  Resolution,
  RouteProbe,
  TcpProbe,
} from './facts.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {defaultRouteDevs} from '../../views/default-routes.js'
import {subnetHolding} from '../../views/local-subnets.js'
import {answeredOnlyPrivately, madeUpNameBeside} from '../../views/name-lookup.js'
import {hasUsableIpv4} from '../../views/usable-ports.js'
import {addressOf, isIpv4, isPrivateIpv4} from '../../net/address.js'
import {ensureNics} from '../nics/collect.js'

/** DNS_WINDOW_MS is the longest a name may take to resolve: a LAN's DNS answers in milliseconds, and a slow one (1.5 s) still
 * answers within it; only a dead server uses it all. */
export const DNS_WINDOW_MS = 2000
/** PROBE_WINDOW_MS is how long ping, arping and TCP wait for an answer: on a LAN one second of silence is strong evidence. */
export const PROBE_WINDOW_MS = 1000
/** LISTEN_MIN_MS is how long passive listening lasts at least when the target is silent: a stale host re-asks for its gateway about once a second. */
export const LISTEN_MIN_MS = 1200

/** KNOCK_LEAD_MS is the head start ping gets over the TCP probes, counted from its start: time for its first echo request to
 * leave. A router sends only about six ICMP errors to one host in a burst (Linux's icmp_ratelimit), and ten SYNs sent first would
 * use them up: ping would then hear no "Destination Net Unreachable" at all, and the gateway that has no way out would look like a
 * silent target beyond it. (Not "once ping has printed": to a pipe, ping's first line of a silent target comes only at its end.) */
const KNOCK_LEAD_MS = 100

const NEEDS_NET_RAW = 'needs CAP_NET_RAW: run netdoc as root (sudo) to include it'

/** facingPorts are the ports ARP can be heard on: switched on, with link, not loopback, holding an IPv4 address or a default route. */
function facingPorts(nics: NicsFacts): Port[] {
  const defaultDevs = defaultRouteDevs(nics)
  return nics.ports.filter(
    port =>
      port.name !== null &&
      port.virtualType !== 'loopback' &&
      port.adminUp !== false &&
      port.carrier === true &&
      (port.addresses.some(address => isIpv4(addressOf(address))) || defaultDevs.has(port.name)),
  )
}

function timed<T>(work: Promise<T>): Promise<{value: T; ms: number}> {
  const started = performance.now()
  return work.then(value => ({value, ms: Math.round(performance.now() - started)}))
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, Math.max(0, ms)))
}

/** PingRun holds one run's probes while they are in flight, so an address is asked by ARP only once however many paths need it. */
class PingRun {
  readonly records: ProbeRecord[] = []
  readonly routes: RouteProbe[] = []
  readonly arp = new Map<string, Promise<ArpProbe>>()
  readonly gaps: Gap[] = []
  pingProbe: PingProbe | null = null
  tcp: TcpProbe[] = []
  /** replied fires when ping gets an answer: probes that only look for a silent target stop then. */
  readonly replied = new AbortController()

  constructor(
    readonly host: Host,
    readonly deadline: Deadline,
    readonly nics: NicsFacts,
  ) {}

  record(probe: string, subject: string, outcome: string, detail: string, ms: number): void {
    this.records.push({probe, subject, outcome, detail, ms})
  }

  gap(fact: string, reason: string): void {
    if (!this.gaps.some(gap => gap.fact === fact)) this.gaps.push({fact, reason})
  }

  carrierOf(dev: string): boolean | null {
    return this.nics.ports.find(port => port.name === dev)?.carrier ?? null
  }

  /** arpOnce asks `address` on `dev` by ARP, sharing one run between every path that needs it; `signal` may end it early. */
  arpOnce(address: string, dev: string, signal?: AbortSignal): Promise<ArpProbe> {
    const key = `${dev} ${address}`
    const known = this.arp.get(key)
    if (known) return known
    const windowMs = this.deadline.windowMs(PROBE_WINDOW_MS)
    const probe = timed(arping(address, {host: this.host, dev, windowMs, signal})).then(({value, ms}) => {
      this.record('arping', `${address} on ${dev}`, value.outcome, value.line ?? '', ms)
      if (value.outcome === 'not-permitted') this.gap('ARP probing (arping)', `${value.line ?? 'not permitted'}: ${NEEDS_NET_RAW}`)
      if (value.outcome === 'missing') this.gap('ARP probing (arping)', `${value.line ?? 'arping is missing'} (install iputils-arping)`)
      return value
    })
    this.arp.set(key, probe)
    return probe
  }

  /** checkPath finds the kernel's route to `address` and asks the next hop by ARP; for the target it also pings and knocks on TCP ports,
   * and, when the target is a private address reached through the gateway, asks the target itself by ARP on the same cable. */
  async checkPath(address: string, isTarget: boolean): Promise<void> {
    const {value: route, ms} = await timed(routeGet(this.host, address))
    this.routes.push(route)
    this.record('route', address, route.route ? 'route' : 'no route', route.route ? describeRoute(route) : (route.error ?? ''), ms)
    const dev = route.route?.dev ?? facingPorts(this.nics)[0]?.name ?? null
    const jobs: Promise<unknown>[] = []
    const arpable = dev !== null && dev !== 'lo' && route.route?.kind !== 'local' && isIpv4(address) && this.carrierOf(dev) !== false
    if (arpable && route.route) jobs.push(this.arpOnce(route.route.gateway ?? address, dev))
    if (arpable && isTarget && isPrivateIpv4(address) && (route.route?.gateway || !route.route))
      jobs.push(this.arpOnce(address, dev, this.replied.signal))
    if (isTarget)
      jobs.push(
        this.pingTarget(address),
        sleep(KNOCK_LEAD_MS).then(() => this.knock(address)),
      )
    await Promise.all(jobs)
  }

  async pingTarget(address: string): Promise<void> {
    const windowMs = this.deadline.windowMs(PROBE_WINDOW_MS)
    if (windowMs < 200) return this.gap('ping', 'the --timeout left no time to ping')
    const {value, ms} = await timed(ping(address, {host: this.host, windowMs}))
    this.pingProbe = value
    if (value.outcome === 'reply') this.replied.abort()
    this.record('ping', address, value.outcome, value.line ?? '', ms)
    if (value.outcome === 'missing') this.gap('ping', `${value.line ?? 'ping is missing'} (install iputils-ping)`)
  }

  async knock(address: string): Promise<void> {
    const windowMs = this.deadline.windowMs(PROBE_WINDOW_MS)
    if (windowMs < 100) return
    this.tcp = await tcpConnectAll(this.host, address, COMMON_PORTS, windowMs)
    for (const probe of this.tcp) this.record('tcp', `${address}:${probe.port}`, probe.outcome, probe.code ?? '', probe.ms)
  }
}

function describeRoute(probe: RouteProbe): string {
  const route = probe.route!
  const parts = [`dev ${route.dev}`]
  if (route.gateway) parts.push(`via ${route.gateway}`)
  if (route.source) parts.push(`src ${route.source}`)
  if (route.kind) parts.push(route.kind)
  if (route.linkdown) parts.push('linkdown')
  return parts.join(' ')
}

/** askMadeUpName asks every server that answered the target's name for a made-up name beside it, while the path is checked. */
async function askMadeUpName(run: PingRun, resolution: Resolution): Promise<DnsAnswer[]> {
  const name = madeUpNameBeside(resolution.name, randomBytes(4).toString('hex'))
  const servers = [...new Set(resolution.answers.filter(answer => answer.outcome === 'answered').map(answer => answer.server))]
  const answers = await Promise.all(servers.map(server => queryServer(run.host, server, name, run.deadline.windowMs(DNS_WINDOW_MS))))
  for (const answer of answers)
    run.record(
      'dns',
      `${answer.name} @ ${answer.server} (made up)`,
      answer.outcome,
      answer.addresses.join(', ') || (answer.code ?? ''),
      answer.ms,
    )
  return answers
}

function recordResolution(run: PingRun, resolution: Resolution, ms: number): void {
  if (resolution.source === 'hosts') run.record('hosts-file', resolution.name, 'found', resolution.addresses.join(', '), ms)
  for (const answer of resolution.answers)
    run.record('dns', `${answer.name} @ ${answer.server}`, answer.outcome, answer.addresses.join(', ') || (answer.code ?? ''), answer.ms)
  if (resolution.servers.length === 0 && resolution.source === null)
    run.record('dns', resolution.name, 'no servers', '/etc/resolv.conf names no nameserver', ms)
}

function recordListenProblems(run: PingRun, problems: ListenProblem[]): void {
  for (const problem of problems) {
    const why =
      problem.kind === 'not-permitted' ? NEEDS_NET_RAW : problem.kind === 'missing' ? 'install tcpdump to include it' : problem.reason
    run.gap(`passive ARP listening on ${problem.dev}`, `${problem.reason}: ${why}`)
  }
}

/** startListening listens passively on the ports facing the target, for a stale host calling its old gateway; finish() ends it
 * (at once when the target answered, else after LISTEN_MIN_MS at least) and returns what was heard. */
function startListening(run: PingRun, permission: PingPermission): {finish(answered: boolean): Promise<Listening | null>} | null {
  const devs = facingPorts(run.nics).map(port => port.name!)
  if (devs.length === 0) return null
  if (permission.netRaw === false) {
    run.gap('passive ARP listening', NEEDS_NET_RAW)
    return null
  }
  const stop = new AbortController()
  const started = performance.now()
  const listening = listenArp({host: run.host, devs, windowMs: run.deadline.windowMs(DNS_WINDOW_MS + LISTEN_MIN_MS), signal: stop.signal})
  return {
    async finish(answered) {
      if (!answered) await sleep(Math.min(LISTEN_MIN_MS - (performance.now() - started), run.deadline.windowMs(LISTEN_MIN_MS)))
      stop.abort()
      const result = await listening
      recordListenProblems(run, result.problems)
      const heard = result.listening
      if (heard.devs.length === 0) return null
      run.record(
        'listen',
        heard.devs.join(', '),
        `${heard.sightings.length} ARP packets`,
        `passive, ${(heard.ms / 1000).toFixed(1)} s`,
        heard.ms,
      )
      return heard
    },
  }
}

/** collectPing fills snapshot.ping (and snapshot.nics when absent) for `target`, every probe from `host` within `deadline`.
 * Nothing is sent before the target has been validated by the caller; the target is only ever passed after `--`. */
export async function collectPing(host: Host, target: Target, snapshot: Snapshot, deadline: Deadline): Promise<void> {
  const permission = await readPingPermission(host, false)
  const resolving = target.kind === 'name' ? timed(resolveName(host, target.input, deadline.windowMs(DNS_WINDOW_MS))) : null
  const nics = await ensureNics(host, snapshot)
  const run = new PingRun(host, deadline, nics)

  let address: string | null = target.kind === 'name' ? null : target.input
  let resolution: Resolution | null = null
  if (resolving) {
    const servers = readResolverConfig(host.files).config.servers
    const serverPaths = Promise.all(servers.filter(isIpv4).map(server => run.checkPath(server, false)))
    const {value, ms} = await resolving
    resolution = value.resolution
    for (const problem of value.problems) run.gap('DNS configuration', problem)
    recordResolution(run, resolution, ms)
    address = resolution.addresses.find(isIpv4) ?? resolution.addresses[0] ?? null
    if (answeredOnlyPrivately(resolution)) resolution.madeUp = await askMadeUpName(run, resolution)
    await serverPaths
  }
  const mayBeStale = address !== null && isPrivateIpv4(address) && subnetHolding(address, nics) === null && hasUsableIpv4(nics)
  const listener = mayBeStale ? startListening(run, permission) : null
  if (address !== null) await run.checkPath(address, true)

  const {value: table, ms: neighboursMs} = await timed(readNeighbours(host))
  for (const problem of table.problems) run.gap('neighbour table', problem)
  const interesting = new Set([
    ...run.routes.flatMap(r => [r.to, r.route?.gateway ?? '']),
    ...[...run.arp.keys()].map(key => key.split(' ')[1]!),
  ])
  const neighbours = table.neighbours.filter(n => interesting.has(n.address))
  run.record(
    'neighbours',
    'kernel table',
    `${neighbours.length} relevant`,
    neighbours.map(n => `${n.address} ${n.state}${n.mac ? ` ${n.mac}` : ''}`).join('; '),
    neighboursMs,
  )

  const heard = listener ? await listener.finish(run.pingProbe?.outcome === 'reply') : null
  const pingRefused = run.pingProbe?.outcome === 'not-permitted'
  const facts: PingFacts = {
    target,
    address,
    resolution,
    routes: run.routes,
    ping: run.pingProbe,
    arp: await Promise.all(run.arp.values()),
    tcp: run.tcp,
    neighbours,
    listening: heard,
    permission: pingRefused ? await readPingPermission(host, true) : permission,
    probes: run.records,
  }
  snapshot.ping = facts
  snapshot.gaps.push(...run.gaps.map(gap => ({...gap, section: 'ping'})))
}
