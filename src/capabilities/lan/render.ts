// The human view of `netdoc lan`: what this port has against what the LAN says, the findings, and the reservation to make.
import type {LanReport, LanSummary} from './report.js'
import type {PoolView} from '../../views/pool.js'
import {renderFindings} from '../../render/findings.js'
import {paint} from '../../render/style.js'

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function line(label: string, text: string): string {
  return `  ${label.padEnd(15)}${text}`
}

/** describePool words the pool as far as it is known, and what would tell it when it is not. */
export function describePool(pool: PoolView): string {
  if (pool.kind === 'range') return `${pool.first} – ${pool.last} (${pool.source})`
  if (pool.kind === 'observed') return `at least ${pool.first} – ${pool.last} (${pool.source}); the full range is unknown`
  return `unknown: ${pool.source}`
}

function describeRouter(lan: LanSummary): string {
  const router = lan.router
  if (router.source === 'none') return 'unknown: no DHCP offer, no DHCP answer heard, no current lease'
  const from = {'dhcp-offer': 'a DHCP offer', 'dhcp-heard': 'a DHCP answer heard on the cable', lease: 'the current lease', none: ''}[
    router.source
  ]
  const parts = [`subnet ${router.subnet}`]
  if (router.router) parts.push(`router ${router.router}`)
  if (router.dnsServers.length > 0) parts.push(`DNS ${router.dnsServers.join(', ')}`)
  return `${parts.join(', ')} (from ${from})`
}

/** gatewayWords says whether the gateway answered the LAN checks: answers, does NOT answer, or not checked (nothing could ask it). */
export function gatewayWords(answers: boolean | null): string {
  return answers === true ? 'answers' : answers === false ? 'does NOT answer' : 'not checked'
}

/** summaryLines says what the checked port has and what the LAN itself says, one fact a line. */
export function summaryLines(lan: LanSummary): string[] {
  if (lan.interface === null) return [`No port to check: ${lan.interfaceReason}.`]
  const lines = [`Checked ${lan.interface}${lan.mac ? ` (MAC ${lan.mac})` : ''}: ${lan.interfaceReason}.`]
  if (lan.addresses.length === 0) lines.push(line('Address:', 'none (no IPv4 address on this port)'))
  for (const address of lan.addresses)
    lines.push(line('Address:', `${address.cidr}  ${address.origin === 'dhcp' ? 'from DHCP' : 'static (set by hand)'}`))
  if (lan.gateway) lines.push(line('Gateway:', `${lan.gateway.address}  ${gatewayWords(lan.gateway.answers)}`))
  else lines.push(line('Gateway:', 'none (no default route on this port)'))
  lines.push(line('The LAN says:', describeRouter(lan)))
  lines.push(
    line(
      'DHCP servers:',
      lan.dhcpServers.length > 0
        ? lan.dhcpServers
            .map(server => `${server.serverId}${server.offered.length > 0 ? ` (hands out ${server.offered.join(', ')})` : ''}`)
            .join('; ')
        : lan.discover?.outcome === 'no-offer'
          ? `none answered within ${(lan.discover.windowMs / 1000).toFixed(1)} s`
          : 'not asked',
    ),
  )
  lines.push(line('DHCP pool:', describePool(lan.pool)))
  for (const dns of lan.dnsServers)
    lines.push(
      line('DNS server:', `${dns.server}  ${dns.answers ? `answers (${dns.ms} ms)` : 'does NOT answer'}  [${dns.sources.join(', ')}]`),
    )
  for (const lease of lan.leases)
    lines.push(
      line(
        'Lease file:',
        `${lease.path}: ${lease.address ?? '?'}${lease.dev ? ` on ${lease.dev}` : ''}${lease.serverId ? ` from ${lease.serverId}` : ''}, ${lease.current ? 'current' : 'expired'}`,
      ),
    )
  if (lan.listened)
    lines.push(
      line(
        'Listened:',
        `${(lan.listened.ms / 1000).toFixed(1)} s on the cable: ${count(lan.listened.arpPackets, 'ARP packet')}, ${count(lan.listened.dhcpMessages, 'DHCP message')}`,
      ),
    )
  return lines
}

/** reservationSentences says which MAC to reserve and which address, in plain sentences (no heading). */
export function reservationSentences(lan: LanSummary): string[] {
  const plan = lan.reservation
  if (!plan || !plan.mac) return []
  const lines = [
    `  To keep this machine's address fixed, reserve ${plan.address ?? 'an address outside the pool'} in the router for MAC ${plan.mac} (${plan.dev}, the port this LAN is on).`,
  ]
  for (const other of plan.otherPorts) lines.push(`  Not ${other.mac ?? '(no MAC)'}: that is ${other.describe}, ${other.link}.`)
  if (plan.address && !lan.addresses.some(address => address.address === plan.address))
    lines.push(
      `  ${plan.address} is outside the DHCP pool; ${plan.addressChecked ? 'duplicate address detection found it free just now' : 'it was not checked as free (run as root to check)'}.`,
    )
  if (!plan.address) lines.push(`  A free address outside the pool cannot be proposed: the pool is ${describePool(lan.pool)}.`)
  return lines
}

function reservationLines(lan: LanSummary): string[] {
  const sentences = reservationSentences(lan)
  return sentences.length > 0 ? [paint('Reservation', 'bold'), ...sentences] : []
}

/** renderLan draws the summary, the findings, the reservation and the facts that were not checked. */
export function renderLan(report: LanReport): string {
  const parts = [...summaryLines(report.lan), '', renderFindings(report.findings, 'No problems found with this LAN.')]
  const reservation = reservationLines(report.lan)
  if (reservation.length > 0) parts.push('', ...reservation)
  if (report.notChecked.length > 0) parts.push('', 'Not checked:', ...report.notChecked.map(gap => `  ${gap.fact}: ${gap.reason}`))
  return parts.join('\n')
}
