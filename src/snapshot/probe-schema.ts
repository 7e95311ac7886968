// The probe results more than one section holds (an arping run, a ping run, a DNS answer, a neighbour, an ARP sighting),
// each written once as a zod schema that the lan and ping sections reuse; src/capabilities/ping/facts.ts derives their types.
import {z} from 'zod'

import {ipText, ipv4Text, macText, nullableNumber, nullableString, strings} from './schema-parts.js'

/** arpOutcome is what asking an address by ARP came to (stopped: ended early by its caller, before any answer). */
export const arpOutcome = z.enum(['replied', 'no-reply', 'not-permitted', 'missing', 'failed', 'stopped'])

/** arpProbe is one arping run: the address asked on a port, which MACs answered, and the line that shows it. */
export const arpProbe = z.object({
  address: ipv4Text,
  dev: z.string(),
  outcome: arpOutcome,
  macs: z.array(macText),
  windowMs: z.number(),
  line: nullableString,
})

/** pingOutcome is what the system ping's run came to. */
export const pingOutcome = z.enum(['reply', 'no-reply', 'unreachable', 'dns-failure', 'not-permitted', 'missing', 'timed-out', 'failed'])

/** roundTrip is ping's min/avg/max round-trip time in milliseconds. */
export const roundTrip = z.object({minMs: z.number(), avgMs: z.number(), maxMs: z.number()})

/** pingProbe is the system ping's run against an address: its argv, the packets counted, round trips, and the line that shows it. */
export const pingProbe = z.object({
  address: ipText,
  argv: strings,
  outcome: pingOutcome,
  sent: nullableNumber,
  received: nullableNumber,
  lossPercent: nullableNumber,
  rtt: roundTrip.nullable(),
  line: nullableString,
})

/** dnsOutcome is what one DNS server said about one name: addresses, "no such name", nothing, or an error answer. */
export const dnsOutcome = z.enum(['answered', 'nxdomain', 'no-data', 'no-answer', 'refused', 'server-failure', 'error'])

/** dnsAnswer is one server's answer for one name tried (the name itself or it with a search suffix). */
export const dnsAnswer = z.object({
  server: ipText,
  name: z.string(),
  outcome: dnsOutcome,
  addresses: z.array(ipText),
  ms: z.number(),
  /** code is the resolver's error code (ENOTFOUND, ETIMEOUT, ECONNREFUSED…), null when it answered. */
  code: nullableString,
})

/** neighbour is one entry of the kernel's neighbour (ARP/NDP) table. */
export const neighbour = z.object({
  address: ipText,
  dev: z.string(),
  /** mac is null while unresolved (INCOMPLETE) or after resolution failed (FAILED). */
  mac: macText.nullable(),
  /** state is the kernel's word: REACHABLE, STALE, DELAY, PROBE, INCOMPLETE, FAILED, PERMANENT, NOARP; or COMPLETE from /proc/net/arp. */
  state: z.string(),
  /** confirmedSecondsAgo is how long ago the neighbour last proved it was there (from `ip -s`), null when unknown. */
  confirmedSecondsAgo: nullableNumber,
})

/** arpSighting is one ARP packet heard while listening on a port. */
export const arpSighting = z.object({
  op: z.enum(['request', 'reply']),
  /** senderMac is the Ethernet source of the frame. */
  senderMac: macText,
  /** senderIp is the address the sender speaks for (0.0.0.0 for an address probe). */
  senderIp: ipv4Text,
  /** targetIp is the address asked about (requests only). */
  targetIp: ipv4Text.nullable(),
  dev: z.string(),
})
