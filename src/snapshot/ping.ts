// The facts `netdoc why-no-ping` gathers about one target: how its name resolved, the route, and what every probe heard.
import type {ArpSighting} from '../parse/tcpdump-arp.js'
import type {Neighbour} from '../parse/ip-neigh.js'
import type {PingSummary} from '../parse/ping.js'
import type {RouteChoice} from '../parse/ip-route-get.js'
import type {Target} from '../parse/target.js'

export type {ArpSighting, Neighbour, PingSummary, RouteChoice, Target}

/** DnsOutcome is what one DNS server said about one name: addresses, "no such name", nothing, or an error answer. */
export type DnsOutcome = 'answered' | 'nxdomain' | 'no-data' | 'no-answer' | 'refused' | 'server-failure' | 'error'

/** DnsAnswer is one server's answer for one of the names tried (the name itself or it with a search suffix). */
export interface DnsAnswer {
  server: string
  name: string
  outcome: DnsOutcome
  addresses: string[]
  ms: number
  /** code is the resolver's error code (ENOTFOUND, ETIMEOUT, ECONNREFUSED…), null when it answered. */
  code: string | null
}

/** Resolution is how the target's name became an address: /etc/hosts, DNS (with every server's answer), or not at all. */
export interface Resolution {
  name: string
  source: 'hosts' | 'dns' | null
  addresses: string[]
  /** servers are the DNS servers of /etc/resolv.conf. */
  servers: string[]
  /** names are the names tried, search suffixes applied in the resolver's order. */
  names: string[]
  answers: DnsAnswer[]
  /** hostsChecked is false when /etc/hosts could not be read. */
  hostsChecked: boolean
  timeoutMs: number
}

/** RouteProbe is the kernel's route to one address, or why it has none ("Network is unreachable"). */
export interface RouteProbe {
  to: string
  route: RouteChoice | null
  error: string | null
  /** unknown is true when the kernel could not be asked (ip missing or failing): no route known, and none known missing either. */
  unknown?: boolean
}

/** ArpOutcome is what asking an address by ARP came to (stopped: ended early by its caller, before any answer). */
export type ArpOutcome = 'replied' | 'no-reply' | 'not-permitted' | 'missing' | 'failed' | 'stopped'

/** ArpProbe is one arping run: the address asked on a port, which MACs answered, and the line that shows it. */
export interface ArpProbe {
  address: string
  dev: string
  outcome: ArpOutcome
  macs: string[]
  windowMs: number
  line: string | null
}

/** PingProbe is the system ping's run against the target's address. */
export interface PingProbe extends PingSummary {
  address: string
  argv: string[]
}

/** TcpOutcome is a TCP connection attempt's result: a listener (open), a reset (refused: the host is there), silence, or an error. */
export type TcpOutcome = 'open' | 'refused' | 'timeout' | 'unreachable' | 'error'

/** TcpProbe is one connection attempt to a port of the target. */
export interface TcpProbe {
  port: number
  outcome: TcpOutcome
  ms: number
  code: string | null
}

/** Listening is what passive ARP listening heard on the ports facing the target. */
export interface Listening {
  devs: string[]
  ms: number
  sightings: (ArpSighting & {dev: string})[]
  /** heard is how many ARP packets were heard in all; more than the sightings kept means the LAN was flooded (absent: as many). */
  heard?: number
}

/** PingPermission is what decides whether this user may send ICMP echo: capabilities, the ping binary, and the group range. */
export interface PingPermission {
  uid: number
  gids: number[]
  /** netRaw is whether netdoc itself holds CAP_NET_RAW (root normally does); null when unknown. */
  netRaw: boolean | null
  /** groupRange is net.ipv4.ping_group_range: groups allowed unprivileged ICMP sockets ("1 0" allows none). */
  groupRange: [number, number] | null
  /** program is the ping binary found on PATH, with its file capabilities and set-uid bit when known. */
  program: string | null
  capabilities: string | null
  setuid: boolean | null
}

/** ProbeRecord is one probe as `--verbose` and the JSON `probes` list show it. */
export interface ProbeRecord {
  probe: string
  subject: string
  outcome: string
  detail: string
  ms: number
}

/** PingFacts are the target-side facts of a why-no-ping run; absent parts were not probed (see the Snapshot's gaps). */
export interface PingFacts {
  target: Target
  /** address is the one address probed: the target itself, or what its name resolved to; null when it did not resolve. */
  address: string | null
  resolution: Resolution | null
  routes: RouteProbe[]
  ping: PingProbe | null
  arp: ArpProbe[]
  tcp: TcpProbe[]
  neighbours: Neighbour[]
  listening: Listening | null
  permission: PingPermission
  probes: ProbeRecord[]
}
