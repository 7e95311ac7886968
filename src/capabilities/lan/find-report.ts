// Builds the `netdoc lan find` report from a snapshot with a sweep: the devices found (those matching the query), and what was heard.
import type {Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {lanRules} from '../../../rules/lan/index.js'
import type {LanQuery} from '../../parse/lan-query.js'
import {ouiOf} from '../../parse/oui.js'
import {staleHosts} from '../../views/stale-hosts.js'
import {ipv4Number} from '../../net/ipv4.js'
import type {LanSweep} from './facts.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'
import {lanSummary, type LanSummary} from './report.js'

/** HostRow is one device: where it is now, its maker, and whether it answered during this run. */
export interface HostRow {
  address: string
  mac: string
  vendor: string | null
  dev: string
  /** onLan is false for a device heard speaking for an address on another subnet (a stale static configuration). */
  onLan: boolean
  /** seen is `now` when it answered (or was heard) during this run, `earlier` when only the kernel's table knew it. */
  seen: 'now' | 'earlier'
  confirmedSecondsAgo: number | null
  /** asksFor are the gateways a device of another subnet was heard asking for. */
  asksFor: string[]
}

/** LanFindReport is exactly what `netdoc lan find --json` prints. */
export interface LanFindReport {
  query: {input: string; kind: LanQuery['kind']} | null
  lan: LanSummary
  swept: Omit<LanSweep, 'hosts' | 'vendors'> | null
  hosts: HostRow[]
  findings: Finding[]
  notChecked: Gap[]
}

/** matchesQuery tells whether a device is the one looked for (by a maker's name: its name holds every word, in any order). */
export function matchesQuery(host: HostRow, query: LanQuery | null): boolean {
  if (query === null) return true
  if (query.kind === 'mac') return host.mac === query.mac
  if (query.kind === 'mac-prefix') return host.mac.startsWith(query.prefix)
  if (query.kind === 'ip') return host.address === query.address
  const vendor = (host.vendor ?? '').toLowerCase()
  return query.words.split(/\s+/).every(word => vendor.includes(word))
}

/** allHosts lists every device the sweep found and every device of another subnet heard on the cable, by address. */
export function allHosts(snapshot: Snapshot): HostRow[] {
  const sweep = snapshot.lan?.sweep
  const vendors = sweep?.vendors ?? {}
  const swept: HostRow[] = (sweep?.hosts ?? []).map(host => ({
    address: host.address,
    mac: host.mac,
    vendor: vendors[ouiOf(host.mac)] ?? null,
    dev: host.dev,
    onLan: true,
    seen: host.answeredNow ? 'now' : 'earlier',
    confirmedSecondsAgo: host.confirmedSecondsAgo,
    asksFor: [],
  }))
  const stale: HostRow[] = staleHosts(snapshot).map(host => ({
    address: host.address,
    mac: host.mac,
    vendor: vendors[ouiOf(host.mac)] ?? null,
    dev: host.dev,
    onLan: false,
    seen: 'now',
    confirmedSecondsAgo: null,
    asksFor: host.asksFor,
  }))
  return [...swept, ...stale].sort((a, b) => ipv4Number(a.address) - ipv4Number(b.address))
}

/** lanFindReport keeps the devices matching the query (all of them without one) and runs the lan rules over what was heard. */
export function lanFindReport(snapshot: Snapshot, query: LanQuery | null): LanFindReport {
  const sweep = snapshot.lan?.sweep ?? null
  const swept = sweep ? (({hosts: _hosts, vendors: _vendors, ...rest}) => rest)(sweep) : null
  return {
    query: query ? {input: query.input, kind: query.kind} : null,
    lan: lanSummary(snapshot),
    swept,
    hosts: allHosts(snapshot).filter(host => matchesQuery(host, query)),
    findings: runRules(lanRules, snapshot),
    notChecked: sectionGaps(snapshot, 'lan'),
  }
}
