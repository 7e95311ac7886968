// Passive LLDP and CDP listening with tcpdump: hears which switch, and which port of it, each cable goes to; sends nothing.
import type {Host} from '../host/host.js'
import {parseTcpdumpDiscovery} from '../parse/discovery-frame.js'
import type {HeardNeighbour} from '../capabilities/nics/facts.js'
import {boundCapture, captureProblem, MAX_CAPTURE_BYTES, type ListenProblem} from './arp-listen.js'

/** tcpdumpNeighbourArgv is the capture: line-buffered, numeric, every frame's bytes in hex (-xx), LLDP (EtherType 0x88cc) and CDP
 * (Cisco's multicast address) only, arriving frames only (`-Q in`: where lldpd or networkd announces this machine, its own frames
 * would otherwise be heard as a neighbour). Not `-p`: the port has not joined LLDP's multicast address, so without promiscuous mode
 * a network card may drop the frames before tcpdump sees them. */
export function tcpdumpNeighbourArgv(dev: string): string[] {
  return [
    'tcpdump',
    '-l',
    '-n',
    '-e',
    '-t',
    '--immediate-mode',
    '-xx',
    '-Q',
    'in',
    '-i',
    dev,
    'ether proto 0x88cc or ether dst 01:00:0c:cc:cc:cc',
  ]
}

/** NeighbourListening is what one listening heard: the first announcement of each device on each port, the ports listened on, and how long. */
export interface NeighbourListening {
  heard: HeardNeighbour[]
  listenedOn: string[]
  ms: number
  problems: ListenProblem[]
}

/** firstOfEach keeps one announcement per port and device (a switch repeats itself every 30 seconds). */
function firstOfEach(neighbours: HeardNeighbour[]): HeardNeighbour[] {
  const seen = new Set<string>()
  return neighbours.filter(neighbour => {
    const key = `${neighbour.dev} ${neighbour.protocol} ${neighbour.sourceMac} ${neighbour.portId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** listenNeighbours listens on every port in `devs` at once for up to `windowMs`, and stops as soon as each port has heard one
 * announcement (a port's tcpdump is stopped once its output decodes to one). */
export async function listenNeighbours(host: Host, devs: string[], windowMs: number): Promise<NeighbourListening> {
  const started = Date.now()
  const problems: ListenProblem[] = []
  const heard = await Promise.all(
    devs.map(async dev => {
      const stop = new AbortController()
      let text = ''
      const outcome = await host.commands.run(tcpdumpNeighbourArgv(dev), {
        timeoutMs: windowMs,
        signal: stop.signal,
        onStdout: chunk => {
          if (text.length > MAX_CAPTURE_BYTES) return
          text += chunk
          const decoded = parseTcpdumpDiscovery(text)
          if (decoded.ok && decoded.value.length > 0) stop.abort()
        },
      })
      const problem = captureProblem(dev, outcome)
      if (problem !== null || !('stdout' in outcome)) {
        if (problem !== null) problems.push(problem)
        return []
      }
      const decoded = parseTcpdumpDiscovery(boundCapture(dev, outcome.stdout).stdout)
      if (!decoded.ok) {
        problems.push({dev, kind: 'failed', reason: decoded.error})
        return []
      }
      return decoded.value.map(neighbour => ({dev, source: 'tcpdump' as const, ...neighbour}))
    }),
  )
  const listenedOn = devs.filter(dev => !problems.some(problem => problem.dev === dev))
  return {heard: firstOfEach(heard.flat()), listenedOn, ms: Date.now() - started, problems}
}
