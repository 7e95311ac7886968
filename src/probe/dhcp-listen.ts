// Passive DHCP listening with tcpdump: hears other clients' exchanges and every server that answers them, without sending anything.
import {decodeDhcp} from '../parse/dhcp-packet.js'
import {parseTcpdumpUdp} from '../parse/tcpdump-hex.js'
import type {DhcpSighting} from '../capabilities/lan/facts.js'
import {captureEach, MAX_SIGHTINGS, type ListenOptions, type ListenProblem} from './arp-listen.js'

/** tcpdumpDhcpArgv is the capture: line-buffered, numeric, every packet's bytes in hex (-xx), not promiscuous, DHCP ports only. */
export function tcpdumpDhcpArgv(dev: string): string[] {
  return ['tcpdump', '-l', '-n', '-e', '-t', '-p', '--immediate-mode', '-xx', '-i', dev, 'udp and (port 67 or port 68)']
}

/** listenDhcp listens on every port at once for `windowMs` (or until `signal`) and returns the DHCP messages heard (the first
 * MAX_SIGHTINGS), with their port, and how many packets were heard in all. */
export async function listenDhcp(options: ListenOptions): Promise<{sightings: DhcpSighting[]; heard: number; problems: ListenProblem[]}> {
  const {outputs, problems} = await captureEach(options, tcpdumpDhcpArgv)
  let packets = 0
  for (const {stdout} of outputs) for (const line of stdout.split('\n')) if (line !== '' && !/^\s/.test(line)) packets++
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
  return {sightings: sightings.slice(0, MAX_SIGHTINGS), heard: Math.max(packets, sightings.length), problems}
}
