// The kernel's neighbour table (who is at which MAC, and which lookups failed), from `ip -j -s neigh` and /proc/net/arp.
import type {Host} from '../host/host.js'
import {outcomeReason} from '../host/run-command.js'
import {parseIpNeigh, parseProcNetArp, type Neighbour} from '../parse/ip-neigh.js'

/** NeighbourTable is every entry found, and what could not be read. */
export interface NeighbourTable {
  neighbours: Neighbour[]
  problems: string[]
}

/** readNeighbours reads both sources of `host`: `ip -j -s neigh` (both families, states, confirmation age) and /proc/net/arp
 * (IPv4, no program needed); an address both know is taken from `ip`. */
export async function readNeighbours(host: Host): Promise<NeighbourTable> {
  const problems: string[] = []
  const outcome = await host.commands.run(['ip', '-j', '-s', 'neigh', 'show'], {timeoutMs: 1000})
  const arpFile = host.files.read('/proc/net/arp')
  const fromIp: Neighbour[] = []
  if (outcome.kind === 'ok') {
    const result = parseIpNeigh(outcome.stdout)
    if (result.ok) fromIp.push(...result.value)
    else problems.push(result.error)
  } else problems.push(`ip -j neigh: ${outcomeReason(outcome)}`)
  const fromProc: Neighbour[] = []
  if (arpFile.ok) {
    const result = parseProcNetArp(arpFile.text)
    if (result.ok) fromProc.push(...result.value)
    else problems.push(result.error)
  } else problems.push(`/proc/net/arp: ${arpFile.message}`)
  const known = new Set(fromIp.map(n => `${n.dev} ${n.address}`))
  return {neighbours: [...fromIp, ...fromProc.filter(n => !known.has(`${n.dev} ${n.address}`))], problems}
}
