// The facts `netdoc why-no-ping` gathers about one target: how its name resolved, the route, and what every probe heard.
// Each type is derived from its schema (src/capabilities/ping/schema.ts, probe-schema.ts); the imports are types only, so zod
// stays out of the start-up of commands that never load a snapshot.
import type {z} from 'zod'
import type {
  listening,
  pingPermission,
  pingSchema,
  probeRecord,
  resolution,
  routeChoice,
  routeProbe,
  target,
  tcpOutcome,
  tcpProbe,
} from './schema.js'
import type {
  arpOutcome,
  arpProbe,
  arpSighting,
  dnsAnswer,
  dnsOutcome,
  neighbour,
  pingOutcome,
  pingProbe,
  roundTrip,
} from '../../snapshot/probe-schema.js'

/** Target is a checked host to reach: the text as typed and what kind of name it is. */
export type Target = z.output<typeof target>

/** DnsOutcome is what one DNS server said about one name: addresses, "no such name", nothing, or an error answer. */
export type DnsOutcome = z.output<typeof dnsOutcome>

/** DnsAnswer is one server's answer for one of the names tried (the name itself or it with a search suffix). */
export type DnsAnswer = z.output<typeof dnsAnswer>

/** Resolution is how the target's name became an address: /etc/hosts, DNS (with every server's answer), or not at all. */
export type Resolution = z.output<typeof resolution>

/** RouteChoice is the route the kernel picks for one address (`ip route get`). */
export type RouteChoice = z.output<typeof routeChoice>

/** RouteProbe is the kernel's route to one address, or why it has none ("Network is unreachable"). */
export type RouteProbe = z.output<typeof routeProbe>

/** ArpOutcome is what asking an address by ARP came to (stopped: ended early by its caller, before any answer). */
export type ArpOutcome = z.output<typeof arpOutcome>

/** ArpProbe is one arping run: the address asked on a port, which MACs answered, and the line that shows it. */
export type ArpProbe = z.output<typeof arpProbe>

/** ArpSighting is one ARP packet heard while listening, with the port it was heard on. */
export type ArpSighting = z.output<typeof arpSighting>

/** Neighbour is one entry of the kernel's neighbour table. */
export type Neighbour = z.output<typeof neighbour>

/** PingOutcome is what a ping run came to: an answer, silence, an error answer, or why no echo was sent at all. */
export type PingOutcome = z.output<typeof pingOutcome>

/** RoundTrip is ping's min/avg/max round-trip time in milliseconds. */
export type RoundTrip = z.output<typeof roundTrip>

/** PingProbe is the system ping's run against the target's address. */
export type PingProbe = z.output<typeof pingProbe>

/** TcpOutcome is a TCP connection attempt's result: a listener (open), a reset (refused: the host is there), silence, or an error. */
export type TcpOutcome = z.output<typeof tcpOutcome>

/** TcpProbe is one connection attempt to a port of the target. */
export type TcpProbe = z.output<typeof tcpProbe>

/** Listening is what passive ARP listening heard on the ports facing the target. */
export type Listening = z.output<typeof listening>

/** PingPermission is what decides whether this user may send ICMP echo: capabilities, the ping binary, and the group range. */
export type PingPermission = z.output<typeof pingPermission>

/** ProbeRecord is one probe as `--verbose` and the JSON `probes` list show it. */
export type ProbeRecord = z.output<typeof probeRecord>

/** PingFacts are the target-side facts of a why-no-ping run; absent parts were not probed (see the Snapshot's gaps). */
export type PingFacts = z.output<typeof pingSchema>
