// Collects `netdoc lan find`'s sweep: every device on this machine's own subnets (a /24 in about 2 s), what the cable carries from
// other subnets meanwhile (as root), and the makers of the MACs seen.
import {performance} from 'node:perf_hooks'
import type {Host} from '../../host/host.js'
import {NOT_LIVE_REASON} from '../../host/sockets.js'
import {listenArp} from '../../probe/arp-listen.js'
import {kickAddresses} from '../../probe/arp-sweep.js'
import {ouiOf} from '../../parse/oui.js'
import {arping} from '../../probe/arping.js'
import {readNeighbours} from '../../probe/neighbours.js'
import type {ArpProbe} from '../ping/facts.js'
import type {LanFacts, LanSweep, SweptHost} from './facts.js'
import {hostRange, inSubnet, ipv4Text} from '../../net/ipv4.js'
import type {Gap, Snapshot} from '../../snapshot/snapshot.js'
import {FAILED_NEIGHBOUR_STATES} from '../../views/arp-answers.js'
import {localSubnets} from '../../views/local-subnets.js'
import {usablePorts} from '../../views/usable-ports.js'
import {addressOf, isLinkLocalIpv4, prefixOf} from '../../net/address.js'
import {choosePort, readAddressLifetimes} from './collect.js'
import {ensureNics} from '../nics/collect.js'
import {loadVendorBook} from '../../collect/oui.js'

/** SweepOptions bound a sweep: the host to sweep from (only a live one sends anything), one port's subnets only (else every port
 * with link), and whether subnets up to a /20 may be swept. */
export interface SweepOptions {
  host: Host
  dev?: string
  wide?: boolean
}

/** MAX_PREFIX is the largest subnet swept by default (a /22, 1022 addresses); WIDE_MAX_PREFIX the largest with --wide (a /20). */
export const MAX_PREFIX = 22
export const WIDE_MAX_PREFIX = 20
/** SWEEP_BATCH datagrams leave at once, SWEEP_PAUSE_MS apart: a /24 leaves in about 25 ms without flooding the kernel's ARP queue. */
export const SWEEP_BATCH = 64
export const SWEEP_PAUSE_MS = 5
/** SETTLE_MS is how long the sweep waits for ARP answers after the last datagram: a LAN device answers within milliseconds. */
export const SETTLE_MS = 1000
/** CHUNK is how many addresses are asked per SETTLE_MS: the kernel's neighbour table is shared by every namespace and holds 1024
 * entries by default (gc_thresh3), and an unanswered entry lingers about 3 s; asking a /22 at once stalled sends for 9 s in the lab. */
export const CHUNK = 256
/** CONFIRM_MS bounds the arping of devices the kernel knew from before (as root), so they are told present or gone; CONFIRM_AT_ONCE caps the processes. */
export const CONFIRM_MS = 800
export const CONFIRM_AT_ONCE = 32

const NEEDS_ROOT = 'run netdoc with sudo to include it'

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, Math.max(0, ms)))
}

/** confirmAll arpings the addresses from `host`, at most CONFIRM_AT_ONCE at a time. */
async function confirmAll(host: Host, hosts: SweptHost[]): Promise<ArpProbe[]> {
  const probes: ArpProbe[] = []
  for (let at = 0; at < hosts.length; at += CONFIRM_AT_ONCE)
    probes.push(
      ...(await Promise.all(
        hosts.slice(at, at + CONFIRM_AT_ONCE).map(swept => arping(swept.address, {host, dev: swept.dev, windowMs: CONFIRM_MS})),
      )),
    )
  return probes
}

function baseFacts(dev: string | null, devReason: string): LanFacts {
  return {
    dev,
    devReason,
    addresses: [],
    leases: [],
    discover: null,
    listening: null,
    duplicates: [],
    gateway: null,
    dns: [],
    poolHints: [],
    freeChecks: [],
    neighbours: [],
  }
}

/** collectSweep fills snapshot.lan.sweep (and the ports, and listening as root) from `options.host`. Only the machine's own subnets
 * are swept, none larger than a /22 unless `wide` (then up to a /20); from a host that is not live (a recorded tree) nothing is sent. */
export async function collectSweep(snapshot: Snapshot, options: SweepOptions): Promise<void> {
  const host = options.host
  const gaps: Gap[] = []
  const nics = await ensureNics(host, snapshot)
  const {dev, reason} = choosePort(nics, options.dev)
  const lan = snapshot.lan ?? (snapshot.lan = baseFacts(dev, reason))
  if (lan.addresses.length === 0) lan.addresses = await readAddressLifetimes(host, gaps)
  const linked = new Set(usablePorts(nics).map(port => port.name))
  const subnets = localSubnets(nics).filter(
    (subnet, index, all) =>
      linked.has(subnet.dev) &&
      (options.dev === undefined || subnet.dev === options.dev) &&
      !isLinkLocalIpv4(subnet.address) &&
      all.findIndex(other => other.cidr === subnet.cidr) === index,
  )
  const limit = options.wide ? WIDE_MAX_PREFIX : MAX_PREFIX
  const sweep: LanSweep = {subnets: [], skipped: [], sent: 0, ms: 0, hosts: [], vendors: {}, vendorSource: ''}
  for (const subnet of subnets) {
    if (prefixOf(subnet.cidr) >= limit) sweep.subnets.push({dev: subnet.dev, cidr: subnet.cidr})
    else
      sweep.skipped.push({
        dev: subnet.dev,
        cidr: subnet.cidr,
        reason: options.wide
          ? `larger than a /${WIDE_MAX_PREFIX}: too many addresses to ask one by one`
          : `larger than a /${MAX_PREFIX}: add --wide to sweep up to a /${WIDE_MAX_PREFIX}`,
      })
  }
  lan.sweep = sweep
  const finish = (): void => {
    snapshot.gaps.push(...gaps.map(gap => ({...gap, section: 'lan'})))
  }
  if (!host.live) {
    gaps.push({fact: 'ARP sweep', reason: NOT_LIVE_REASON})
    return finish()
  }
  if (sweep.subnets.length === 0) {
    gaps.push({
      fact: 'ARP sweep',
      reason: subnets.length === 0 ? 'no port with link holds an IPv4 subnet' : 'every subnet is too large to sweep',
    })
    return finish()
  }
  const own = new Set(lan.addresses.map(entry => addressOf(entry.cidr)))
  const targets = sweep.subnets.flatMap(subnet => {
    const {first, last} = hostRange(subnet.cidr)
    return Array.from({length: last - first + 1}, (_, index) => ipv4Text(first + index)).filter(address => !own.has(address))
  })
  const started = performance.now()
  const devs = [...new Set(sweep.subnets.map(subnet => subnet.dev))]
  const stopListening = new AbortController()
  const listening = listenArp({
    host,
    devs,
    windowMs: Math.ceil(targets.length / CHUNK) * SETTLE_MS + CONFIRM_MS + 1500,
    signal: stopListening.signal,
  })
  const kicked = {sent: 0, refused: 0, lastError: null as string | null}
  for (let at = 0; at < targets.length; at += CHUNK) {
    const chunk = await kickAddresses(targets.slice(at, at + CHUNK), {host, batch: SWEEP_BATCH, pauseMs: SWEEP_PAUSE_MS})
    Object.assign(kicked, {
      sent: kicked.sent + chunk.sent,
      refused: kicked.refused + chunk.refused,
      lastError: chunk.lastError ?? kicked.lastError,
    })
    await sleep(SETTLE_MS)
  }
  if (kicked.refused > 0)
    gaps.push({fact: `ARP sweep of ${kicked.refused} address(es)`, reason: kicked.lastError ?? 'the kernel refused the datagrams'})
  const table = await readNeighbours(host)
  for (const problem of table.problems) gaps.push({fact: 'neighbour table', reason: problem})
  const swept = sweep.subnets
  const hosts: SweptHost[] = table.neighbours
    .filter(
      entry =>
        entry.mac !== null &&
        !FAILED_NEIGHBOUR_STATES.includes(entry.state) &&
        swept.some(subnet => subnet.dev === entry.dev && inSubnet(entry.address, subnet.cidr)),
    )
    .map(entry => ({
      address: entry.address,
      mac: entry.mac!,
      dev: entry.dev,
      state: entry.state,
      confirmedSecondsAgo: entry.confirmedSecondsAgo,
      answeredNow: entry.state === 'REACHABLE',
    }))
  const unconfirmed = hosts.filter(swept => !swept.answeredNow)
  const confirmations = await confirmAll(host, unconfirmed)
  for (const probe of confirmations) {
    const swept = unconfirmed.find(candidate => candidate.address === probe.address && candidate.dev === probe.dev)!
    if (probe.outcome === 'replied') Object.assign(swept, {answeredNow: true, mac: probe.macs[0] ?? swept.mac})
    if (probe.outcome === 'not-permitted' && !gaps.some(gap => gap.fact.startsWith('confirming')))
      gaps.push({
        fact: 'confirming devices the kernel knew from before',
        reason: `arping needs CAP_NET_RAW, ${NEEDS_ROOT}: they are shown with when they last answered`,
      })
  }
  stopListening.abort()
  const heard = await listening
  for (const problem of heard.problems)
    gaps.push({
      fact: `passive listening on ${problem.dev} (devices of other subnets)`,
      reason: problem.kind === 'not-permitted' ? `tcpdump needs CAP_NET_RAW: ${NEEDS_ROOT}` : problem.reason,
    })
  if (heard.listening.devs.length > 0)
    lan.listening = {devs: heard.listening.devs, ms: heard.listening.ms, arp: heard.listening.sightings, dhcp: lan.listening?.dhcp ?? []}
  lan.neighbours = table.neighbours.filter(entry => devs.includes(entry.dev))
  const book = loadVendorBook(host.files)
  const macs = new Set([...hosts.map(swept => swept.mac), ...(lan.listening?.arp ?? []).map(sighting => sighting.senderMac)])
  for (const mac of macs) {
    const vendor = book.vendorOf(mac)
    if (vendor) sweep.vendors[ouiOf(mac)] = vendor
  }
  Object.assign(sweep, {sent: kicked.sent, ms: Math.round(performance.now() - started), hosts, vendorSource: book.source})
  finish()
}
