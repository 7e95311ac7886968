// The facts `netdoc lan` learns about the LAN this machine is really on: leases, DHCP offers, what the cable carries, and probes.
import type {AddressLifetime} from '../parse/ip-addr.js'
import type {LeaseText} from '../parse/dhcp-lease.js'
import type {ArpProbe, ArpSighting, DnsAnswer, Neighbour, PingProbe} from './ping.js'

export type {AddressLifetime, LeaseText}

/** LeaseSource names the DHCP client that wrote a lease file. */
export type LeaseSource = 'dhclient' | 'networkmanager' | 'networkd' | 'dhcpcd'

/** Lease is one lease file's newest lease, with where it was read and when the file was written. */
export interface Lease extends LeaseText {
  source: LeaseSource
  path: string
  /** writtenAt is the file's modification time (ISO 8601): with leaseSeconds it dates a lease whose file gives no expiry. */
  writtenAt: string | null
}

/** DhcpOffer is one OFFER received in answer to netdoc's DISCOVER. */
export interface DhcpOffer {
  /** from is the IP source of the OFFER (usually the server itself, or a relay). */
  from: string
  serverId: string | null
  /** yiaddr is the address offered to this machine's MAC. */
  yiaddr: string
  subnetMask: string | null
  routers: string[]
  dnsServers: string[]
  leaseSeconds: number | null
  domainName: string | null
  /** ms is how long after the DISCOVER the OFFER arrived. */
  ms: number
  /** sample is true for an offer to one of the sampling DISCOVERs (a made-up, locally administered MAC), which only show the
   * pool's span; false (or absent, in older snapshots) for the offer to this port's own MAC. */
  sample?: boolean
}

/** DiscoverOutcome is what became of the DISCOVER: offers, silence, or why it could not be sent. */
export type DiscoverOutcome = 'offers' | 'no-offer' | 'not-permitted' | 'port-busy' | 'no-route' | 'failed'

/** DhcpDiscover is netdoc's one DHCPDISCOVER on the chosen port: never followed by a REQUEST, so no lease is taken. */
export interface DhcpDiscover {
  dev: string
  /** mac is the MAC the DISCOVER carried (the port's own), so OFFERs show what the router would give this port. */
  mac: string
  /** source is the port's address the DISCOVER was sent from (it makes the broadcast leave by that port); null when it had none. */
  source: string | null
  outcome: DiscoverOutcome
  reason: string | null
  windowMs: number
  offers: DhcpOffer[]
  /** samples is how many extra DISCOVERs (from made-up MACs, to see the pool's span) went out beside this port's own. */
  samples?: number
}

/** DhcpSighting is one DHCP message heard on the cable while listening: another client's exchange, or a server's answer. */
export interface DhcpSighting {
  dev: string
  messageType: string
  sourceMac: string
  sourceIp: string
  serverId: string | null
  /** clientMac is the chaddr of the message: the client it is about. */
  clientMac: string | null
  yiaddr: string
  subnetMask: string | null
  routers: string[]
  dnsServers: string[]
  requestedAddress: string | null
}

/** LanListening is what passive listening heard on the chosen port: ARP packets and DHCP messages. */
export interface LanListening {
  devs: string[]
  ms: number
  arp: (ArpSighting & {dev: string})[]
  dhcp: DhcpSighting[]
  /** arpHeard and dhcpHeard count every packet heard; more than kept means the LAN was flooded (absent: as many as kept). */
  arpHeard?: number
  dhcpHeard?: number
}

/** DnsServerCheck is one DNS server asked once, and where netdoc learnt of it. */
export interface DnsServerCheck {
  server: string
  /** sources say who names the server: resolv.conf, a DHCP offer, a lease. */
  sources: string[]
  answer: DnsAnswer
}

/** GatewayCheck is the default gateway of the chosen port, asked by ARP (as root) and by ping. */
export interface GatewayCheck {
  gateway: string
  dev: string
  arp: ArpProbe | null
  ping: PingProbe | null
}

/** PoolHint is a DHCP pool range that netdoc was told (--pool) or read from a dnsmasq configuration on this machine. */
export interface PoolHint {
  first: string
  last: string
  source: string
}

/** FreeCheck is one candidate static address asked by duplicate address detection (arping -D). */
export type FreeCheck = ArpProbe

/** SweptHost is one device the ARP sweep found in the kernel's neighbour table (or confirmed with arping). */
export interface SweptHost {
  address: string
  mac: string
  dev: string
  /** state is the kernel's word for the entry: REACHABLE answered just now; STALE, DELAY or PROBE were known from before. */
  state: string
  confirmedSecondsAgo: number | null
  /** answeredNow tells whether the device answered during this sweep (a REACHABLE entry, or an arping reply). */
  answeredNow: boolean
}

/** LanSweep is one bounded ARP sweep of this machine's own subnets, with the makers of the MACs seen. */
export interface LanSweep {
  subnets: {dev: string; cidr: string}[]
  /** skipped are subnets not swept, and why (larger than a /22 without --wide). */
  skipped: {dev: string; cidr: string; reason: string}[]
  sent: number
  ms: number
  hosts: SweptHost[]
  /** vendors maps the OUI (six lowercase hex digits) of each MAC seen (swept or heard) to its maker, where the database knows it. */
  vendors: Record<string, string>
  vendorSource: string
}

/** LanFacts are everything `netdoc lan` learnt; a part that could not be learnt is null or empty, with a gap saying why. */
export interface LanFacts {
  /** dev is the port checked (--interface, else the one that carries the LAN), null when there is none. */
  dev: string | null
  devReason: string
  /** addresses are every IPv4 address of this machine, with lifetimes (DHCP) or without (static). */
  addresses: AddressLifetime[]
  leases: Lease[]
  discover: DhcpDiscover | null
  listening: LanListening | null
  /** duplicates are arping -D runs for this port's own addresses: a reply is another device using the address. */
  duplicates: ArpProbe[]
  gateway: GatewayCheck | null
  dns: DnsServerCheck[]
  poolHints: PoolHint[]
  /** freeChecks are candidate static addresses outside the pool, asked by arping -D. */
  freeChecks: FreeCheck[]
  neighbours: Neighbour[]
  /** sweep is the ARP sweep of `netdoc lan find`; absent when no sweep was made. */
  sweep?: LanSweep | null
}
