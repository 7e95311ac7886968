// Builds the `netdoc lan` report from a snapshot: what the LAN says about itself, the findings, the reservation, and what was not checked.
import type {Finding} from '../../engine/finding.js'
import {runRules} from '../../engine/run-rules.js'
import {lanRules} from '../../../rules/lan/index.js'
import {addressOrigins, type AddressOrigin} from '../../views/address-origins.js'
import {lanPort} from '../../views/checked-port.js'
import {dhcpServers, type DhcpServer} from '../../views/dhcp-servers.js'
import {suggestedAddress, type SuggestedAddress} from '../../views/free-addresses.js'
import {leaseEnds, leaseIsCurrent} from '../../views/leases.js'
import {poolView, type PoolView} from '../../views/pool.js'
import {reservation, type Reservation} from '../../views/reservation.js'
import {routerView, type RouterView} from '../../views/router.js'
import type {DiscoverOutcome, LeaseSource} from './facts.js'
import {sectionGaps, type Gap, type Snapshot} from '../../snapshot/snapshot.js'

/** LeaseRow is one lease file in the report, with whether it was still running when the snapshot was taken. */
export interface LeaseRow {
  source: LeaseSource
  path: string
  dev: string | null
  address: string | null
  serverId: string | null
  routers: string[]
  ends: string | null
  current: boolean
}

/** DnsRow is one DNS server and whether it answered. */
export interface DnsRow {
  server: string
  sources: string[]
  answers: boolean
  outcome: string
  ms: number
}

/** LanSummary is the `lan` object of the JSON contract: what this port has, and what the LAN itself says. */
export interface LanSummary {
  interface: string | null
  interfaceReason: string
  mac: string | null
  addresses: AddressOrigin[]
  gateway: {address: string; answers: boolean | null} | null
  router: RouterView
  dhcpServers: DhcpServer[]
  pool: PoolView
  dnsServers: DnsRow[]
  leases: LeaseRow[]
  /** discover counts the OFFERs to this machine's own DISCOVER (offers) and to the sampling DISCOVERs from made-up MACs (sampled,
   * which a router that checks each address first may answer after the window). */
  discover: {
    outcome: DiscoverOutcome
    reason: string | null
    offers: number
    sampled: number
    windowMs: number
    firstOfferMs: number | null
  } | null
  listened: {ms: number; arpPackets: number; dhcpMessages: number} | null
  suggestedAddress: SuggestedAddress | null
  reservation: Reservation | null
}

/** LanReport is exactly what `netdoc lan --json` prints. */
export interface LanReport {
  lan: LanSummary
  findings: Finding[]
  notChecked: Gap[]
}

function gatewayAnswers(snapshot: Snapshot): boolean | null {
  const check = snapshot.lan?.gateway
  if (!check) return null
  if (check.arp?.outcome === 'replied' || check.ping?.outcome === 'reply') return true
  if (check.arp?.outcome === 'no-reply' || (check.ping && ['no-reply', 'unreachable', 'timed-out'].includes(check.ping.outcome)))
    return false
  return null
}

/** checkedGateway is the checked port's default gateway with whether it answered: from the LAN checks, else (nothing asked it, as in a
 * recorded tree) from the routing table, answers null; null only when the port has no default route with a gateway. */
function checkedGateway(snapshot: Snapshot): LanSummary['gateway'] {
  const lan = snapshot.lan
  if (lan?.gateway) return {address: lan.gateway.gateway, answers: gatewayAnswers(snapshot)}
  const route = (snapshot.nics?.routes ?? []).find(
    candidate => candidate.destination === 'default' && candidate.dev === lan?.dev && candidate.gateway !== null,
  )
  return route ? {address: route.gateway!, answers: null} : null
}

/** firstOfferMs is how long the first of some offers took to come, or null without one. */
function firstOfferMs(offers: readonly {ms: number}[]): number | null {
  return offers.length > 0 ? Math.min(...offers.map(offer => offer.ms)) : null
}

/** lanSummary gathers the facts a person reads first, every one derived from the snapshot alone (so --from replays it exactly). */
export function lanSummary(snapshot: Snapshot): LanSummary {
  const lan = snapshot.lan
  const port = lanPort(snapshot)
  return {
    interface: lan?.dev ?? null,
    interfaceReason: lan?.devReason ?? 'the lan section was not collected',
    mac: port?.mac ?? null,
    addresses: addressOrigins(snapshot),
    gateway: checkedGateway(snapshot),
    router: routerView(snapshot),
    dhcpServers: dhcpServers(lan),
    pool: poolView(snapshot),
    dnsServers: (lan?.dns ?? []).map(check => ({
      server: check.server,
      sources: check.sources,
      answers: !['no-answer', 'error'].includes(check.answer.outcome),
      outcome: check.answer.outcome,
      ms: check.answer.ms,
    })),
    leases: (lan?.leases ?? []).map(lease => {
      const ends = leaseEnds(lease)
      return {
        source: lease.source,
        path: lease.path,
        dev: lease.dev,
        address: lease.address,
        serverId: lease.serverId,
        routers: lease.routers,
        ends: ends === null ? null : new Date(ends).toISOString(),
        current: leaseIsCurrent(lease, snapshot.collectedAt),
      }
    }),
    discover: lan?.discover
      ? {
          outcome: lan.discover.outcome,
          reason: lan.discover.reason,
          offers: lan.discover.offers.filter(offer => !offer.sample).length,
          sampled: lan.discover.offers.filter(offer => offer.sample).length,
          windowMs: lan.discover.windowMs,
          firstOfferMs: firstOfferMs(lan.discover.offers.filter(offer => !offer.sample)),
        }
      : null,
    listened: lan?.listening
      ? {
          ms: lan.listening.ms,
          arpPackets: lan.listening.arpHeard ?? lan.listening.arp.length,
          dhcpMessages: lan.listening.dhcpHeard ?? lan.listening.dhcp.length,
        }
      : null,
    suggestedAddress: suggestedAddress(snapshot),
    reservation: reservation(snapshot),
  }
}

/** lanReport runs the lan rules over a snapshot. */
export function lanReport(snapshot: Snapshot): LanReport {
  return {lan: lanSummary(snapshot), findings: runRules(lanRules, snapshot), notChecked: sectionGaps(snapshot, 'lan')}
}
