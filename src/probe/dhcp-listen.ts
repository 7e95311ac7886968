// Passive DHCP listening with tcpdump: hears other clients' exchanges and every server that answers them, without sending anything.
import {outcomeReason, runCommand} from '../host/run-command.js'
import {decodeDhcp} from '../parse/dhcp-packet.js'
import {parseTcpdumpUdp} from '../parse/tcpdump-hex.js'
import type {DhcpSighting} from '../snapshot/lan.js'
import type {ListenOptions, ListenProblem} from './arp-listen.js'

const NOT_PERMITTED = /permission|Operation not permitted/i

/** tcpdumpDhcpArgv is the capture: line-buffered, numeric, every packet's bytes in hex (-xx), not promiscuous, DHCP ports only. */
export function tcpdumpDhcpArgv(dev: string): string[] {
  return ['tcpdump', '-l', '-n', '-e', '-t', '-p', '--immediate-mode', '-xx', '-i', dev, 'udp and (port 67 or port 68)']
}

/** listenDhcp listens on every port at once for `windowMs` (or until `signal`) and returns every DHCP message heard, with its port. */
export async function listenDhcp(options: ListenOptions): Promise<{sightings: DhcpSighting[]; problems: ListenProblem[]}> {
  const problems: ListenProblem[] = []
  const heard = await Promise.all(
    options.devs.map(async dev => {
      const outcome = await runCommand(tcpdumpDhcpArgv(dev), {timeoutMs: options.windowMs, signal: options.signal})
      if (outcome.kind === 'missing' || outcome.kind === 'not-permitted') {
        problems.push({dev, kind: outcome.kind, reason: outcome.reason})
        return []
      }
      if (outcome.kind === 'failed' || outcome.kind === 'not-recorded') {
        const reason = outcomeReason(outcome)
        problems.push({dev, kind: NOT_PERMITTED.test(reason) ? 'not-permitted' : 'failed', reason})
        return []
      }
      const frames = parseTcpdumpUdp(outcome.stdout)
      if (!frames.ok) {
        problems.push({dev, kind: 'failed', reason: frames.error})
        return []
      }
      return frames.value.flatMap(frame => {
        const message = decodeDhcp(frame.payload)
        if (!message.ok) return []
        const value = message.value
        const sighting: DhcpSighting = {
          dev,
          messageType: value.messageType,
          sourceMac: frame.sourceMac,
          sourceIp: frame.sourceIp,
          serverId: value.serverId,
          clientMac: value.clientMac,
          yiaddr: value.yiaddr,
          subnetMask: value.subnetMask,
          routers: value.routers,
          dnsServers: value.dnsServers,
          requestedAddress: value.requestedAddress,
        }
        return [sighting]
      })
    }),
  )
  return {sightings: heard.flat(), problems}
}
