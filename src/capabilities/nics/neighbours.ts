// Which switch port each cable goes to: LLDP and CDP heard on every port with link (`nics --lldp`), each problem a gap of its own.
import type {Host} from '../../host/host.js'
import {listenNeighbours} from '../../probe/neighbour-listen.js'
import type {Gap} from '../../snapshot/snapshot.js'
import type {Neighbours, Port} from './facts.js'

/** DEFAULT_LISTEN_SECONDS is one LLDP interval (30 s) and a second: long enough to hear every switch that announces itself. */
export const DEFAULT_LISTEN_SECONDS = 31

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

/** collectNeighbours listens for LLDP and CDP on every wired port with link, until each has heard one or the time is up. */
export async function collectNeighbours(host: Host, ports: readonly Port[], request: NeighbourRequest, gaps: Gap[]): Promise<Neighbours> {
  const devs = listenablePorts(ports)
  if (devs.length === 0) gaps.push({fact: 'switch ports', reason: 'no wired port has link, so no switch can announce itself'})
  const listening = await listenNeighbours(host, devs, request.listenSeconds * 1000)
  for (const problem of listening.problems) gaps.push({fact: `switch port of ${problem.dev}`, reason: problem.reason})
  for (const dev of listening.listenedOn)
    if (!listening.heard.some(neighbour => neighbour.dev === dev))
      gaps.push({
        fact: `switch port of ${dev}`,
        reason: `heard no LLDP or CDP in ${request.listenSeconds} s (an unmanaged switch, or a router that does not announce itself)`,
      })
  return {source: 'tcpdump', listenedOn: listening.listenedOn, ms: listening.ms, heard: listening.heard}
}
