// Collects the lan section: leases, a DHCP DISCOVER that takes no lease, passive listening, and the probes of the checked port,
// all at once under one time budget. Nothing here changes the machine's configuration.
import {performance} from 'node:perf_hooks'
import type {Host} from '../../host/host.js'
import {NOT_LIVE_REASON} from '../../host/sockets.js'
import {outcomeReason} from '../../host/run-command.js'
import {parseAddressLifetimes} from '../../parse/ip-addr.js'
import {parseDnsmasqRanges, type PoolRange} from '../../parse/pool-range.js'
import {parseResolvConf} from '../../parse/resolv-conf.js'
import {listenArp, type ListenProblem} from '../../probe/arp-listen.js'
import {arping} from '../../probe/arping.js'
import type {Deadline} from '../../probe/deadline.js'
import {discoverDhcp} from '../../probe/dhcp-discover.js'
import {listenDhcp} from '../../probe/dhcp-listen.js'
import {queryServer, readResolverConfig} from '../../probe/dns.js'
import {readNeighbours} from '../../probe/neighbours.js'
import {routeGet} from '../../probe/route-get.js'
import {ping} from '../../probe/ping.js'
import type {ArpProbe} from '../ping/facts.js'
import type {AddressLifetime, DhcpDiscover, DnsServerCheck, GatewayCheck, LanFacts, LanListening, PoolHint} from './facts.js'
import {freeCandidates, takenAddresses} from '../../views/free-addresses.js'
import {poolView} from '../../views/pool.js'
import {routerView} from '../../views/router.js'
import type {NicsFacts, Port} from '../nics/facts.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {usablePorts} from '../../views/usable-ports.js'
import {addressOf, isIpv4, isLinkLocalIpv4} from '../../net/address.js'
import {readLeases} from './read-leases.js'
import {ensureNics} from '../nics/collect.js'

/** LanOptions shape one collection: the host to collect from (only a live one is probed), the port to check (else the one carrying
 * the LAN), how long to listen, and a pool the person knows. */
export interface LanOptions {
  host: Host
  dev?: string
  /** listenMs is how long to listen passively on the cable (ARP and DHCP); 0 skips listening. */
  listenMs?: number
  /** discoverMs is how long to wait for OFFERs; 0 skips the DISCOVER. */
  discoverMs?: number
  pool?: PoolRange
  /** deadline, when given, bounds every wait (listening, the DISCOVER, each probe): a longer run such as `report --timeout` shares it. */
  deadline?: Deadline
}

/** LISTEN_MS is the default passive listening time: long enough to hear a stale host re-ask for its old gateway (about once a second). */
export const LISTEN_MS = 4000
/** DISCOVER_MS is the default wait for OFFERs: before offering a fresh address a router checks nobody uses it (dnsmasq 2.90 pings it
 * for up to 3 s: its first OFFER came 1.2 to 3.3 s after the DISCOVER in the lab; later ones within 40 ms). */
export const DISCOVER_MS = 4000
/** PROBE_MS bounds each arping, ping and DNS question: on a LAN one second of silence is strong evidence. */
export const PROBE_MS = 1000
/** DNS_CHECK_NAME is asked of every DNS server: any answer, even "no such name", shows the server is alive; `.invalid` never exists (RFC 6761). */
export const DNS_CHECK_NAME = 'netdoc-check.invalid'
/** FREE_CANDIDATES is how many addresses outside the pool are checked with arping -D at once. */
export const FREE_CANDIDATES = 3

/** MIN_PROBE_MS is the shortest window worth a probe: less, and silence would prove nothing. */
const MIN_PROBE_MS = 200

const NEEDS_ROOT = 'run netdoc with sudo to include it'

/** shortened notes, as a gap, a wait that a shared deadline cut below its usual length, so a quiet LAN is not read as proof. */
function shortened(what: string, usualMs: number, windowMs: number, why: string, gaps: Gap[]): void {
  if (windowMs < usualMs)
    gaps.push({
      fact: `${what} (${(windowMs / 1000).toFixed(1)} s of the usual ${usualMs / 1000} s)`,
      reason: `the --timeout cut it short: ${why}`,
    })
}

/** choosePort picks the port to check: the one named, else the default route's port with link, else the first port with link and an IPv4 address. */
export function choosePort(nics: NicsFacts, named: string | undefined): {dev: string | null; reason: string} {
  if (named !== undefined) return {dev: named, reason: `named with --interface`}
  const usable = usablePorts(nics)
  const byDefault = nics.routes.find(route => route.destination === 'default' && usable.some(port => port.name === route.dev))
  if (byDefault) return {dev: byDefault.dev, reason: `it carries the default route (via ${byDefault.gateway ?? 'a direct link'})`}
  const withAddress = usable.find(port =>
    port.addresses.some(address => isIpv4(addressOf(address)) && !isLinkLocalIpv4(addressOf(address))),
  )
  if (withAddress) return {dev: withAddress.name, reason: 'it has link and an IPv4 address'}
  const linked = usable.find(port => port.virtualType === null || port.virtualType === 'veth')
  if (linked) return {dev: linked.name, reason: 'it is the first port with link'}
  return {dev: null, reason: 'no port has link'}
}

/** readAddressLifetimes reads every IPv4 address with its lifetime (`ip -j -d addr`, the argv collectNics records too). */
export async function readAddressLifetimes(host: Host, gaps: Gap[]): Promise<AddressLifetime[]> {
  const outcome = await host.commands.run(['ip', '-j', '-d', 'addr', 'show'], {timeoutMs: 2000})
  if (outcome.kind !== 'ok') {
    gaps.push({fact: 'address lifetimes (DHCP or static)', reason: outcomeReason(outcome)})
    return []
  }
  const result = parseAddressLifetimes(outcome.stdout)
  if (!result.ok) gaps.push({fact: 'address lifetimes (DHCP or static)', reason: result.error})
  return result.ok ? result.value : []
}

/** readPoolHints gathers pool ranges: the one given with --pool, and dnsmasq's dhcp-range lines when this machine runs dnsmasq's DHCP. */
function readPoolHints(host: Host, pool: PoolRange | undefined): PoolHint[] {
  const hints: PoolHint[] = pool ? [{...pool, source: 'given with --pool'}] : []
  const files = [
    '/etc/dnsmasq.conf',
    ...host.files
      .list('/etc/dnsmasq.d')
      .filter(name => name.endsWith('.conf'))
      .map(name => `/etc/dnsmasq.d/${name}`),
  ]
  for (const path of files) {
    const file = host.files.read(path)
    if (file.ok) for (const range of parseDnsmasqRanges(file.text)) hints.push({...range, source: `dhcp-range in ${path}`})
  }
  return hints
}

function addServer(servers: Map<string, string[]>, server: string, source: string): void {
  if (isIpv4(server)) servers.set(server, [...(servers.get(server) ?? []), source])
}

/** configuredDnsServers lists the DNS servers this machine uses: resolv.conf, or systemd-resolved's upstreams behind 127.0.0.53. */
function configuredDnsServers(host: Host, gaps: Gap[]): Map<string, string[]> {
  const servers = new Map<string, string[]>()
  const add = (server: string, source: string) => addServer(servers, server, source)
  const {config, problem} = readResolverConfig(host.files)
  if (problem) gaps.push({fact: 'DNS servers of /etc/resolv.conf', reason: problem})
  for (const server of config.servers) if (!server.startsWith('127.')) add(server, '/etc/resolv.conf')
  if (config.servers.some(server => server.startsWith('127.'))) {
    const upstream = host.files.read('/run/systemd/resolve/resolv.conf')
    const parsed = upstream.ok ? parseResolvConf(upstream.text) : null
    if (parsed?.ok) for (const server of parsed.value.servers) add(server, 'systemd-resolved (/run/systemd/resolve/resolv.conf)')
  }
  return servers
}

/** offeredDnsServers lists the DNS servers the DHCP offers hand out. */
function offeredDnsServers(discover: DhcpDiscover): Map<string, string[]> {
  const servers = new Map<string, string[]>()
  for (const offer of discover.offers)
    for (const server of offer.dnsServers) addServer(servers, server, `the DHCP offer of ${offer.serverId ?? offer.from}`)
  return servers
}

function recordListenProblems(problems: ListenProblem[], gaps: Gap[]): void {
  for (const problem of problems) {
    const why =
      problem.kind === 'not-permitted'
        ? `tcpdump needs CAP_NET_RAW: ${NEEDS_ROOT}`
        : problem.kind === 'missing'
          ? 'install tcpdump to include it'
          : problem.reason
    gaps.push({fact: `passive listening on ${problem.dev}`, reason: problem.kind === 'failed' ? why : `${problem.reason}: ${why}`})
  }
}

function arpGap(probe: ArpProbe, what: string, gaps: Gap[]): void {
  if (probe.outcome === 'not-permitted')
    gaps.push({fact: what, reason: `${probe.line ?? 'arping was not permitted'}: arping needs CAP_NET_RAW, ${NEEDS_ROOT}`})
  if (probe.outcome === 'missing') gaps.push({fact: what, reason: `${probe.line ?? 'arping is not installed'} (install iputils-arping)`})
}

/** floodGap says, as a gap, that listening kept only the first of far more packets than a LAN sends (an ARP storm, a rogue
 * DHCP server answering without end), so what was kept is not all that was said. */
function floodGap(dev: string, what: string, heard: number, kept: number, gaps: Gap[]): void {
  if (heard > kept)
    gaps.push({
      fact: `all ${what} heard on ${dev}`,
      reason: `heard ${heard} ${what}, far more than a LAN sends (a flood?); kept the first ${kept}`,
    })
}

async function listen(host: Host, dev: string, windowMs: number, gaps: Gap[]): Promise<LanListening | null> {
  const started = performance.now()
  const [arp, dhcp] = await Promise.all([listenArp({host, devs: [dev], windowMs}), listenDhcp({host, devs: [dev], windowMs})])
  recordListenProblems([...arp.problems, ...dhcp.problems], gaps)
  if (arp.listening.devs.length === 0 && dhcp.problems.length > 0) return null
  const heard = {arpHeard: arp.listening.heard ?? arp.listening.sightings.length, dhcpHeard: dhcp.heard}
  floodGap(dev, 'ARP packets', heard.arpHeard, arp.listening.sightings.length, gaps)
  floodGap(dev, 'DHCP messages', heard.dhcpHeard, dhcp.sightings.length, gaps)
  return {devs: [dev], ms: Math.round(performance.now() - started), arp: arp.listening.sightings, dhcp: dhcp.sightings, ...heard}
}

async function checkGateway(host: Host, port: Port, nics: NicsFacts, windowMs: number, gaps: Gap[]): Promise<GatewayCheck | null> {
  const route = nics.routes.find(
    candidate => candidate.destination === 'default' && candidate.dev === port.name && candidate.gateway !== null,
  )
  if (!route || !isIpv4(route.gateway!)) return null
  const gateway = route.gateway!
  const [arp, pinged] = await Promise.all([arping(gateway, {host, dev: port.name!, windowMs}), ping(gateway, {host, windowMs, count: 2})])
  arpGap(arp, `ARP check of the gateway ${gateway}`, gaps)
  return {gateway, dev: port.name!, arp: arp.outcome === 'not-permitted' || arp.outcome === 'missing' ? null : arp, ping: pinged}
}

async function checkDns(host: Host, servers: Map<string, string[]>, windowMs: number): Promise<DnsServerCheck[]> {
  return Promise.all(
    [...servers].map(async ([server, sources]) => ({server, sources, answer: await queryServer(host, server, DNS_CHECK_NAME, windowMs)})),
  )
}

async function checkDuplicates(host: Host, dev: string, addresses: AddressLifetime[], windowMs: number, gaps: Gap[]): Promise<ArpProbe[]> {
  const own = addresses
    .filter(entry => entry.dev === dev)
    .map(entry => addressOf(entry.cidr))
    .filter(address => !isLinkLocalIpv4(address))
  const probes = await Promise.all(own.map(address => arping(address, {host, dev, windowMs, duplicateDetection: true})))
  for (const probe of probes) arpGap(probe, `duplicate address detection of ${probe.address}`, gaps)
  return probes.filter(probe => probe.outcome !== 'not-permitted' && probe.outcome !== 'missing')
}

/** checkFreeCandidates asks a few addresses outside the pool with arping -D, once the router's subnet and the pool are known. */
async function checkFreeCandidates(host: Host, snapshot: Snapshot, dev: string, windowMs: number, gaps: Gap[]): Promise<ArpProbe[]> {
  const subnet = routerView(snapshot).subnet
  if (subnet === null) return []
  if (windowMs < MIN_PROBE_MS) {
    gaps.push({fact: 'checking a free address outside the pool (arping -D)', reason: 'the --timeout left no time for it'})
    return []
  }
  const candidates = freeCandidates(subnet, poolView(snapshot), takenAddresses(snapshot), FREE_CANDIDATES)
  const probes = await Promise.all(candidates.map(address => arping(address, {host, dev, windowMs, duplicateDetection: true})))
  for (const probe of probes) arpGap(probe, 'checking a free address outside the pool (arping -D)', gaps)
  return probes.filter(probe => probe.outcome !== 'not-permitted' && probe.outcome !== 'missing')
}

function dedupeGaps(gaps: Gap[]): Gap[] {
  const seen = new Set<string>()
  return gaps.filter(gap => !seen.has(gap.fact) && seen.add(gap.fact))
}

/** samplingGap says, as a gap, how few of the sampling DISCOVERs were answered in time, when the pool was not given: the span seen
 * rests on that many offers. A router that checks each fresh address before offering it (dnsmasq pings it for up to 3 s) answers
 * one client at a time. */
function samplingGap(discover: DhcpDiscover, poolGiven: boolean, gaps: Gap[]): void {
  const samples = discover.samples ?? 0
  const answered = discover.offers.filter(offer => offer.sample).length
  if (poolGiven || samples === 0 || discover.outcome !== 'offers' || answered >= samples) return
  gaps.push({
    fact: "the DHCP pool's whole span",
    reason: `only ${answered} of ${samples} sampling DISCOVERs were answered within ${(discover.windowMs / 1000).toFixed(1)} s, so the pool's span rests on ${answered + 1} offer(s): a router that checks each address before offering it answers one at a time; give the pool with --pool FIRST-LAST (the router's DHCP page), or listen longer (--listen 25)`,
  })
}

/** discoverFrom sends the DISCOVER from the port's address; a port without one only when the broadcast route leaves by that port,
 * so OFFERs heard on another port are never taken for this one's. */
async function discoverFrom(host: Host, dev: string, mac: string, source: string | null, windowMs: number): Promise<DhcpDiscover> {
  if (source === null) {
    const route = await routeGet(host, '255.255.255.255')
    if (route.route?.dev !== dev)
      return {
        dev,
        mac,
        source,
        windowMs,
        offers: [],
        outcome: 'no-route',
        reason: `${dev} has no IPv4 address to send from, and a broadcast would leave by ${route.route?.dev ?? 'no port'} (${route.error ?? 'the routing table'})`,
      }
  }
  return discoverDhcp({host, dev, mac, source, windowMs})
}

/** collectLan fills snapshot.lan (and snapshot.nics when absent) from `options.host`. A host that is not live (a recorded tree,
 * NETDOC_ROOT) is read only: nothing is sent. */
export async function collectLan(snapshot: Snapshot, options: LanOptions): Promise<void> {
  const host = options.host
  const gaps: Gap[] = []
  const nics = await ensureNics(host, snapshot)
  const {dev, reason} = choosePort(nics, options.dev)
  const port = nics.ports.find(candidate => candidate.name === dev) ?? null
  const addresses = await readAddressLifetimes(host, gaps)
  const facts: LanFacts = {
    dev,
    devReason: reason,
    addresses,
    leases: readLeases(
      host.files,
      nics.ports.flatMap(candidate => (candidate.name ? [candidate.name] : [])),
      gaps,
    ),
    discover: null,
    listening: null,
    duplicates: [],
    gateway: null,
    dns: [],
    poolHints: readPoolHints(host, options.pool),
    freeChecks: [],
    neighbours: [],
  }
  snapshot.lan = facts
  if (!host.live) {
    gaps.push({fact: 'DHCP DISCOVER, listening and probes', reason: NOT_LIVE_REASON})
    snapshot.gaps.push(...gaps.map(gap => ({...gap, section: 'lan'})))
    return
  }
  if (port === null || dev === null) {
    gaps.push({
      fact: 'the LAN',
      reason: dev === null ? 'no port has link: plug a cable in, or name a port with --interface' : `there is no port named ${dev}`,
    })
    snapshot.gaps.push(...gaps.map(gap => ({...gap, section: 'lan'})))
    return
  }
  const within = (ms: number) => (options.deadline ? options.deadline.windowMs(ms) : ms)
  const listenMs = within(options.listenMs ?? LISTEN_MS)
  const discoverMs = within(options.discoverMs ?? DISCOVER_MS)
  if (options.deadline) {
    shortened(
      'listening on the cable',
      options.listenMs ?? LISTEN_MS,
      listenMs,
      'a device left on an old subnet asks for its gateway about once a second',
      gaps,
    )
    shortened(
      'waiting for DHCP offers',
      options.discoverMs ?? DISCOVER_MS,
      discoverMs,
      'a router may take 3 s to make its first offer',
      gaps,
    )
  }
  const probeMs = within(PROBE_MS)
  const held = addresses.find(entry => entry.dev === dev && !isLinkLocalIpv4(addressOf(entry.cidr)))
  const source = held ? addressOf(held.cidr) : null
  const listening = listenMs >= MIN_PROBE_MS ? listen(host, dev, listenMs, gaps) : Promise.resolve(null)
  const configured = configuredDnsServers(host, gaps)
  const askConfigured = checkDns(host, configured, probeMs)
  const discovering =
    discoverMs >= MIN_PROBE_MS && port.mac
      ? discoverFrom(host, dev, port.mac, source, discoverMs).then(async result => {
          facts.discover = result
          if (result.outcome !== 'offers' && result.outcome !== 'no-offer')
            gaps.push({fact: `DHCP DISCOVER on ${dev}`, reason: result.reason ?? result.outcome})
          samplingGap(result, options.pool !== undefined, gaps)
          const offered = new Map([...offeredDnsServers(result)].filter(([server]) => !configured.has(server)))
          const [free, dns] = await Promise.all([
            checkFreeCandidates(host, snapshot, dev, within(PROBE_MS), gaps),
            checkDns(host, offered, within(PROBE_MS)),
          ])
          facts.freeChecks = free
          return dns
        })
      : Promise.resolve([])
  const [gateway, duplicates, configuredAnswers, offeredAnswers] = await Promise.all([
    checkGateway(host, port, nics, probeMs, gaps),
    checkDuplicates(host, dev, addresses, probeMs, gaps),
    askConfigured,
    discovering,
  ])
  facts.gateway = gateway
  facts.duplicates = duplicates
  facts.dns = [...configuredAnswers, ...offeredAnswers]
  const offered = facts.discover ? offeredDnsServers(facts.discover) : new Map<string, string[]>()
  for (const check of facts.dns)
    for (const source of offered.get(check.server) ?? []) if (!check.sources.includes(source)) check.sources.push(source)
  facts.listening = await listening
  const table = await readNeighbours(host)
  facts.neighbours = table.neighbours.filter(neighbour => neighbour.dev === dev)
  for (const problem of table.problems) gaps.push({fact: 'neighbour table', reason: problem})
  snapshot.gaps.push(...dedupeGaps(gaps).map(gap => ({...gap, section: 'lan'})))
}
