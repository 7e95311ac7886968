// Which switch port each cable goes to: first what lldpd or systemd-networkd already heard (no waiting), then, with `nics --lldp`,
// LLDP and CDP heard by netdoc itself on every other wired port with link; each problem a gap of its own.
import type {Host} from '../../host/host.js'
import {listenNeighbours} from '../../probe/neighbour-listen.js'
import type {Gap} from '../../snapshot/snapshot.js'
import type {Neighbours, Port} from './facts.js'
import {readDaemonNeighbours} from './lldp-daemons.js'

/** NeighbourRequest asks for the switch ports, listening up to `listenSeconds`. */
export interface NeighbourRequest {
  listenSeconds: number
}

/** listenablePorts are the wired ports with link: the only ones a switch's announcement can arrive on. */
export function listenablePorts(ports: readonly Port[]): string[] {
  return ports
    .filter(port => port.name !== null && port.carrier === true && !port.wireless && port.virtualType !== 'loopback')
    .map(port => port.name!)
}

/** collectNeighbours reads the switch ports lldpd or networkd already heard on this machine's ports. Without a request that is
 * all (nothing when neither knows one, and no gap: nobody asked); with one it then listens for LLDP and CDP on every wired port with
 * link that the daemon did not answer for, until each has heard one or the time is up. */
export async function collectNeighbours(
  host: Host,
  ports: readonly Port[],
  request: NeighbourRequest | null,
  gaps: Gap[],
): Promise<Neighbours | undefined> {
  const names = new Set(ports.map(port => port.name))
  const known = await readDaemonNeighbours(host)
  const told = known.heard.filter(neighbour => names.has(neighbour.dev))
  const answered = [...new Set(told.map(neighbour => neighbour.dev))]
  if (request === null) return told.length > 0 ? {answeredOn: answered, listenedOn: [], ms: 0, heard: told} : undefined
  for (const problem of known.problems) gaps.push({fact: 'switch ports a daemon heard', reason: problem})
  const listenable = listenablePorts(ports)
  if (listenable.length === 0) gaps.push({fact: 'switch ports', reason: 'no wired port has link, so no switch can announce itself'})
  const listening = await listenNeighbours(
    host,
    listenable.filter(dev => !answered.includes(dev)),
    request.listenSeconds * 1000,
  )
  for (const problem of listening.problems) gaps.push({fact: `switch port of ${problem.dev}`, reason: problem.reason})
  for (const dev of listening.listenedOn)
    if (!listening.heard.some(neighbour => neighbour.dev === dev))
      gaps.push({
        fact: `switch port of ${dev}`,
        reason: `heard no LLDP or CDP in ${request.listenSeconds} s (an unmanaged switch, or a router that does not announce itself)`,
      })
  return {
    answeredOn: [...answered, ...listening.listenedOn],
    listenedOn: listening.listenedOn,
    ms: listening.ms,
    heard: [...told, ...listening.heard],
  }
}
