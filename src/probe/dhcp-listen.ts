// Passive DHCP listening with tcpdump: hears other clients' exchanges and every server that answers them, without sending anything.
import {decodeDhcp} from '../parse/dhcp-packet.js'
import {parseTcpdumpUdp} from '../parse/tcpdump-hex.js'
import type {DhcpSighting} from '../snapshot/lan.js'
import {captureEach, type ListenOptions, type ListenProblem} from './arp-listen.js'

/** tcpdumpDhcpArgv is the capture: line-buffered, numeric, every packet's bytes in hex (-xx), not promiscuous, DHCP ports only. */
export function tcpdumpDhcpArgv(dev: string): string[] {
  return ['tcpdump', '-l', '-n', '-e', '-t', '-p', '--immediate-mode', '-xx', '-i', dev, 'udp and (port 67 or port 68)']
}

/** listenDhcp listens on every port at once for `windowMs` (or until `signal`) and returns every DHCP message heard, with its port. */
export async function listenDhcp(options: ListenOptions): Promise<{sightings: DhcpSighting[]; problems: ListenProblem[]}> {
  const {outputs, problems} = await captureEach(options, tcpdumpDhcpArgv)
  const sightings = outputs.flatMap(({dev, stdout}) => {
    const frames = parseTcpdumpUdp(stdout)
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
  })
  return {sightings, problems}
}
