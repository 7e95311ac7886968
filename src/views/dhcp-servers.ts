// Which DHCP servers were seen answering (netdoc's DISCOVER, or another client heard on the cable), and what each hands out.
import type {DhcpSighting, LanFacts} from '../capabilities/lan/facts.js'
import {isIpv4} from '../net/address.js'
import {prefixOfMask, subnetOf} from '../net/ipv4.js'

/** DhcpServer is one DHCP server seen answering: by its server id (option 54), with what it hands out. */
export interface DhcpServer {
  serverId: string
  macs: string[]
  subnet: string | null
  routers: string[]
  dnsServers: string[]
  offered: string[]
  /** answeredDiscover tells whether the server offered an address to netdoc's own DISCOVER. */
  answeredDiscover: boolean
  evidence: string[]
}

function isServerReply(sighting: DhcpSighting): boolean {
  return ['OFFER', 'ACK', 'NAK'].includes(sighting.messageType)
}

/** dhcpServers lists every DHCP server that answered netdoc's DISCOVER or was heard answering another client. */
export function dhcpServers(lan: LanFacts | undefined): DhcpServer[] {
  const servers = new Map<string, DhcpServer>()
  const server = (id: string) => {
    const known = servers.get(id)
    if (known) return known
    const created: DhcpServer = {
      serverId: id,
      macs: [],
      subnet: null,
      routers: [],
      dnsServers: [],
      offered: [],
      answeredDiscover: false,
      evidence: [],
    }
    servers.set(id, created)
    return created
  }
  const learn = (entry: DhcpServer, yiaddr: string, mask: string | null, routers: string[], dns: string[]) => {
    const prefix = mask ? prefixOfMask(mask) : null
    if (entry.subnet === null && prefix !== null && isIpv4(yiaddr) && yiaddr !== '0.0.0.0') entry.subnet = subnetOf(yiaddr, prefix)
    if (entry.routers.length === 0) entry.routers = routers
    if (entry.dnsServers.length === 0) entry.dnsServers = dns
    if (yiaddr !== '0.0.0.0' && !entry.offered.includes(yiaddr)) entry.offered.push(yiaddr)
  }
  for (const offer of lan?.discover?.offers ?? []) {
    const entry = server(offer.serverId ?? offer.from)
    entry.answeredDiscover = true
    learn(entry, offer.yiaddr, offer.subnetMask, offer.routers, offer.dnsServers)
    entry.evidence.push(
      `${entry.serverId} answered netdoc's DISCOVER on ${lan!.discover!.dev} after ${offer.ms} ms, offering ${offer.yiaddr}${offer.routers.length > 0 ? ` with gateway ${offer.routers.join(', ')}` : ''}`,
    )
  }
  for (const sighting of (lan?.listening?.dhcp ?? []).filter(isServerReply)) {
    const entry = server(sighting.serverId ?? sighting.sourceIp)
    if (!entry.macs.includes(sighting.sourceMac)) entry.macs.push(sighting.sourceMac)
    learn(entry, sighting.yiaddr, sighting.subnetMask, sighting.routers, sighting.dnsServers)
    entry.evidence.push(
      `heard ${entry.serverId} (${sighting.sourceMac}) send a DHCP ${sighting.messageType} of ${sighting.yiaddr}${sighting.clientMac ? ` to ${sighting.clientMac}` : ''} on ${sighting.dev}`,
    )
  }
  return [...servers.values()]
}
