// The schema of a snapshot's ping section (zod), checked when a why-no-ping snapshot is replayed with --from; the types of
// src/capabilities/ping/facts.ts are derived from it.
import {z} from 'zod'

import {arpProbe, arpSighting, dnsAnswer, neighbour, pingProbe} from '../../snapshot/probe-schema.js'
import {ipText, nullableString, strings} from '../../snapshot/schema-parts.js'

/** target is a checked host to reach: the text as typed and what kind of name it is. */
export const target = z.object({input: z.string(), kind: z.enum(['ipv4', 'ipv6', 'name'])})

/** resolution is how the target's name became an address: /etc/hosts, DNS (with every server's answer), or not at all. */
export const resolution = z.object({
  name: z.string(),
  source: z.enum(['hosts', 'dns']).nullable(),
  addresses: z.array(ipText),
  /** servers are the DNS servers of /etc/resolv.conf. */
  servers: z.array(ipText),
  /** names are the names tried, search suffixes applied in the resolver's order. */
  names: strings,
  answers: z.array(dnsAnswer),
  /** hostsChecked is false when /etc/hosts could not be read. */
  hostsChecked: z.boolean(),
  timeoutMs: z.number(),
  /** madeUp are the servers' answers to a made-up name beside the target's (`netdoc-check-….example.com`), asked only when a public
   * name came back with nothing but private addresses: a server that answers it too answers every name (a portal, rewriting). */
  madeUp: z.array(dnsAnswer).optional(),
})

/** routeChoice is the route the kernel picks for one address (`ip route get`). */
export const routeChoice = z.object({
  to: ipText,
  dev: z.string(),
  gateway: ipText.nullable(),
  source: ipText.nullable(),
  /** kind is the route type when it is not an ordinary unicast route (local, unreachable, blackhole, prohibit). */
  kind: nullableString,
  linkdown: z.boolean(),
})

/** routeProbe is the kernel's route to one address, or why it has none ("Network is unreachable"). */
export const routeProbe = z.object({
  to: ipText,
  route: routeChoice.nullable(),
  error: nullableString,
  /** unknown is true when the kernel could not be asked (ip missing or failing): no route known, and none known missing either. */
  unknown: z.boolean().optional(),
})

/** tcpOutcome is a TCP connection attempt's result: a listener (open), a reset (refused: the host is there), silence, or an error. */
export const tcpOutcome = z.enum(['open', 'refused', 'timeout', 'unreachable', 'error'])

/** tcpProbe is one connection attempt to a port of the target. */
export const tcpProbe = z.object({port: z.number(), outcome: tcpOutcome, ms: z.number(), code: nullableString})

/** listening is what passive ARP listening heard on the ports facing the target. */
export const listening = z.object({
  devs: strings,
  ms: z.number(),
  sightings: z.array(arpSighting),
  /** heard is how many ARP packets were heard in all; more than the sightings kept means the LAN was flooded (absent: as many). */
  heard: z.number().optional(),
})

/** pingPermission is what decides whether this user may send ICMP echo: capabilities, the ping binary, and the group range. */
export const pingPermission = z.object({
  uid: z.number(),
  gids: z.array(z.number()),
  /** netRaw is whether netdoc itself holds CAP_NET_RAW (root normally does); null when unknown. */
  netRaw: z.boolean().nullable(),
  /** groupRange is net.ipv4.ping_group_range: groups allowed unprivileged ICMP sockets ("1 0" allows none). */
  groupRange: z.tuple([z.number(), z.number()]).nullable(),
  /** program is the ping binary found on PATH, with its file capabilities and set-uid bit when known. */
  program: nullableString,
  capabilities: nullableString,
  setuid: z.boolean().nullable(),
})

/** probeRecord is one probe as `--verbose` and the JSON `probes` list show it. */
export const probeRecord = z.object({probe: z.string(), subject: z.string(), outcome: z.string(), detail: z.string(), ms: z.number()})

/** pingSchema validates the ping section: the target, its resolution, routes, and what ping, arping, TCP, the neighbour table and listening found. */
export const pingSchema = z.object({
  target,
  /** address is the one address probed: the target itself, or what its name resolved to; null when it did not resolve. */
  address: ipText.nullable(),
  resolution: resolution.nullable(),
  routes: z.array(routeProbe),
  ping: pingProbe.nullable(),
  arp: z.array(arpProbe),
  tcp: z.array(tcpProbe),
  neighbours: z.array(neighbour),
  listening: listening.nullable(),
  permission: pingPermission,
  probes: z.array(probeRecord),
})
