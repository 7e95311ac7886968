// The schema of a snapshot's lan section (zod), checked when a snapshot file is replayed with --from; the types of
// src/capabilities/lan/facts.ts are derived from it.
import {z} from 'zod'

import {arpProbe, arpSighting, dnsAnswer, neighbour, pingProbe} from '../../snapshot/probe-schema.js'
import {cidrText, dateText, ipText, ipv4Text, macText, nullableNumber, nullableString, strings} from '../../snapshot/schema-parts.js'

const ipv4s = z.array(ipv4Text)
const ips = z.array(ipText)
/** leaseSeconds is a lease's length: at most 10^12 s (31,000 years), so that a lease's end is still a date. */
const leaseSeconds = z.number().min(0).max(1e12).nullable()

/** addressLifetime is one IPv4 address of this machine, with the time left on it (DHCP) or none (static). */
export const addressLifetime = z.object({
  dev: z.string(),
  cidr: cidrText,
  dynamic: z.boolean(),
  /** validSeconds is the time left on the address, null when it is kept forever. */
  validSeconds: nullableNumber,
})

/** leaseSource names the DHCP client that wrote a lease file. */
export const leaseSource = z.enum(['dhclient', 'networkmanager', 'networkd', 'dhcpcd'])

/** lease is one lease file's newest lease, with where it was read and when the file was written. */
export const lease = z.object({
  /** dev is the interface the file names (dhclient's `interface "eth0"`), null when the file does not say. */
  dev: nullableString,
  address: ipv4Text.nullable(),
  subnetMask: ipv4Text.nullable(),
  routers: ipv4s,
  dnsServers: ips,
  serverId: ipv4Text.nullable(),
  leaseSeconds,
  domainName: nullableString,
  /** expires is when the lease ends (ISO 8601, UTC), when the file says; null for "never" or unknown. */
  expires: dateText.nullable(),
  source: leaseSource,
  path: z.string(),
  /** writtenAt is the file's modification time (ISO 8601): with leaseSeconds it dates a lease whose file gives no expiry. */
  writtenAt: dateText.nullable(),
})

/** offer is one OFFER received in answer to netdoc's DISCOVER. */
export const offer = z.object({
  /** from is the IP source of the OFFER (usually the server itself, or a relay). */
  from: ipv4Text,
  serverId: ipv4Text.nullable(),
  /** yiaddr is the address offered to this machine's MAC. */
  yiaddr: ipv4Text,
  subnetMask: ipv4Text.nullable(),
  routers: ipv4s,
  dnsServers: ips,
  leaseSeconds,
  domainName: nullableString,
  /** ms is how long after the DISCOVER the OFFER arrived. */
  ms: z.number(),
  /** sample is true for an offer to one of the sampling DISCOVERs (a made-up, locally administered MAC), which only show the
   * pool's span; false (or absent, in older snapshots) for the offer to this port's own MAC. */
  sample: z.boolean().optional(),
})

/** discoverOutcome is what became of the DISCOVER: offers, silence, or why it could not be sent. */
export const discoverOutcome = z.enum(['offers', 'no-offer', 'not-permitted', 'port-busy', 'no-route', 'failed'])

/** discover is netdoc's one DHCPDISCOVER on the chosen port: never followed by a REQUEST, so no lease is taken. */
export const discover = z.object({
  dev: z.string(),
  /** mac is the MAC the DISCOVER carried (the port's own), so OFFERs show what the router would give this port. */
  mac: macText,
  /** source is the port's address the DISCOVER was sent from (it makes the broadcast leave by that port); null when it had none. */
  source: ipv4Text.nullable(),
  outcome: discoverOutcome,
  reason: nullableString,
  windowMs: z.number(),
  offers: z.array(offer),
  /** samples is how many extra DISCOVERs (from made-up MACs, to see the pool's span) went out beside this port's own. */
  samples: z.number().optional(),
})

/** dhcpSighting is one DHCP message heard on the cable while listening: another client's exchange, or a server's answer. */
export const dhcpSighting = z.object({
  dev: z.string(),
  messageType: z.string(),
  sourceMac: macText,
  sourceIp: ipv4Text,
  serverId: ipv4Text.nullable(),
  /** clientMac is the chaddr of the message: the client it is about. */
  clientMac: macText.nullable(),
  yiaddr: ipv4Text,
  subnetMask: ipv4Text.nullable(),
  routers: ipv4s,
  dnsServers: ips,
  requestedAddress: ipv4Text.nullable(),
})

/** lanListening is what passive listening heard on the chosen port: ARP packets and DHCP messages. */
export const lanListening = z.object({
  devs: strings,
  ms: z.number(),
  arp: z.array(arpSighting),
  dhcp: z.array(dhcpSighting),
  /** arpHeard and dhcpHeard count every packet heard; more than kept means the LAN was flooded (absent: as many as kept). */
  arpHeard: z.number().optional(),
  dhcpHeard: z.number().optional(),
})

/** dnsServerCheck is one DNS server asked once, and where netdoc learnt of it. */
export const dnsServerCheck = z.object({
  server: ipText,
  /** sources say who names the server: resolv.conf, a DHCP offer, a lease. */
  sources: strings,
  answer: dnsAnswer,
})

/** gatewayCheck is the default gateway of the chosen port, asked by ARP (as root) and by ping. */
export const gatewayCheck = z.object({gateway: ipv4Text, dev: z.string(), arp: arpProbe.nullable(), ping: pingProbe.nullable()})

/** poolHint is a DHCP pool range that netdoc was told (--pool) or read from a dnsmasq configuration on this machine. */
export const poolHint = z.object({first: ipv4Text, last: ipv4Text, source: z.string()})

/** sweptHost is one device the ARP sweep found in the kernel's neighbour table (or confirmed with arping). */
export const sweptHost = z.object({
  address: ipv4Text,
  mac: macText,
  dev: z.string(),
  /** state is the kernel's word for the entry: REACHABLE answered just now; STALE, DELAY or PROBE were known from before. */
  state: z.string(),
  confirmedSecondsAgo: nullableNumber,
  /** answeredNow tells whether the device answered during this sweep (a REACHABLE entry, or an arping reply). */
  answeredNow: z.boolean(),
})

/** lanSweep is one bounded ARP sweep of this machine's own subnets, with the makers of the MACs seen. */
export const lanSweep = z.object({
  subnets: z.array(z.object({dev: z.string(), cidr: cidrText})),
  /** skipped are subnets not swept, and why (larger than a /22 without --wide). */
  skipped: z.array(z.object({dev: z.string(), cidr: cidrText, reason: z.string()})),
  sent: z.number(),
  ms: z.number(),
  hosts: z.array(sweptHost),
  /** vendors maps the OUI (six lowercase hex digits) of each MAC seen (swept or heard) to its maker, where the database knows it. */
  vendors: z.record(z.string(), z.string()),
  vendorSource: z.string(),
})

/** lanSchema validates the lan section: the checked port, addresses, leases, the DISCOVER, what was heard, and the probes. */
export const lanSchema = z.object({
  /** dev is the port checked (--interface, else the one that carries the LAN), null when there is none. */
  dev: nullableString,
  devReason: z.string(),
  /** addresses are every IPv4 address of this machine, with lifetimes (DHCP) or without (static). */
  addresses: z.array(addressLifetime),
  leases: z.array(lease),
  discover: discover.nullable(),
  listening: lanListening.nullable(),
  /** duplicates are arping -D runs for this port's own addresses: a reply is another device using the address. */
  duplicates: z.array(arpProbe),
  gateway: gatewayCheck.nullable(),
  dns: z.array(dnsServerCheck),
  poolHints: z.array(poolHint),
  /** freeChecks are candidate static addresses outside the pool, asked by arping -D. */
  freeChecks: z.array(arpProbe),
  neighbours: z.array(neighbour),
  /** sweep is the ARP sweep of `netdoc lan find`; absent when no sweep was made. */
  sweep: lanSweep.nullable().optional(),
})
