// The schema of a snapshot's lan section (zod), checked when a snapshot file is replayed with --from.
import {z} from 'zod'

import {cidrText, dateText, ipText, ipv4Text, macText, nullableString, strings} from './schema-parts.js'

const ipv4s = z.array(ipv4Text)
const ips = z.array(ipText)
/** leaseSeconds is a lease's length: at most 10^12 s (31,000 years), so that a lease's end is still a date. */
const leaseSeconds = z.number().min(0).max(1e12).nullable()

const arpProbe = z.object({
  address: ipv4Text,
  dev: z.string(),
  outcome: z.enum(['replied', 'no-reply', 'not-permitted', 'missing', 'failed']),
  macs: z.array(macText),
  windowMs: z.number(),
  line: nullableString,
})

const lease = z.object({
  dev: nullableString,
  address: ipv4Text.nullable(),
  subnetMask: ipv4Text.nullable(),
  routers: ipv4s,
  dnsServers: ips,
  serverId: ipv4Text.nullable(),
  leaseSeconds,
  domainName: nullableString,
  expires: dateText.nullable(),
  source: z.enum(['dhclient', 'networkmanager', 'networkd', 'dhcpcd']),
  path: z.string(),
  writtenAt: dateText.nullable(),
})

const offer = z.object({
  from: ipv4Text,
  serverId: ipv4Text.nullable(),
  yiaddr: ipv4Text,
  subnetMask: ipv4Text.nullable(),
  routers: ipv4s,
  dnsServers: ips,
  leaseSeconds,
  domainName: nullableString,
  ms: z.number(),
  sample: z.boolean().optional(),
})

const dhcpSighting = z.object({
  dev: z.string(),
  messageType: z.string(),
  sourceMac: macText,
  sourceIp: ipv4Text,
  serverId: ipv4Text.nullable(),
  clientMac: macText.nullable(),
  yiaddr: ipv4Text,
  subnetMask: ipv4Text.nullable(),
  routers: ipv4s,
  dnsServers: ips,
  requestedAddress: ipv4Text.nullable(),
})

const arpSighting = z.object({op: z.enum(['request', 'reply']), senderMac: macText, senderIp: ipv4Text, targetIp: ipv4Text.nullable(), dev: z.string()})

const dnsAnswer = z.object({
  server: ipText,
  name: z.string(),
  outcome: z.enum(['answered', 'nxdomain', 'no-data', 'no-answer', 'refused', 'server-failure', 'error']),
  addresses: ips,
  ms: z.number(),
  code: nullableString,
})

const pingProbe = z.object({
  address: ipText,
  argv: strings,
  outcome: z.enum(['reply', 'no-reply', 'unreachable', 'dns-failure', 'not-permitted', 'missing', 'timed-out', 'failed']),
  sent: z.number().nullable(),
  received: z.number().nullable(),
  lossPercent: z.number().nullable(),
  rtt: z.object({minMs: z.number(), avgMs: z.number(), maxMs: z.number()}).nullable(),
  line: nullableString,
})

/** lanSchema validates the lan section: the checked port, addresses, leases, the DISCOVER, what was heard, and the probes. */
export const lanSchema = z.object({
  dev: nullableString,
  devReason: z.string(),
  addresses: z.array(z.object({dev: z.string(), cidr: cidrText, dynamic: z.boolean(), validSeconds: z.number().nullable()})),
  leases: z.array(lease),
  discover: z
    .object({
      dev: z.string(),
      mac: macText,
      source: ipv4Text.nullable(),
      outcome: z.enum(['offers', 'no-offer', 'not-permitted', 'port-busy', 'no-route', 'failed']),
      reason: nullableString,
      windowMs: z.number(),
      offers: z.array(offer),
      samples: z.number().optional(),
    })
    .nullable(),
  listening: z.object({devs: strings, ms: z.number(), arp: z.array(arpSighting), dhcp: z.array(dhcpSighting), arpHeard: z.number().optional(), dhcpHeard: z.number().optional()}).nullable(),
  duplicates: z.array(arpProbe),
  gateway: z.object({gateway: ipv4Text, dev: z.string(), arp: arpProbe.nullable(), ping: pingProbe.nullable()}).nullable(),
  dns: z.array(z.object({server: ipText, sources: strings, answer: dnsAnswer})),
  poolHints: z.array(z.object({first: ipv4Text, last: ipv4Text, source: z.string()})),
  freeChecks: z.array(arpProbe),
  neighbours: z.array(z.object({address: ipText, dev: z.string(), mac: macText.nullable(), state: z.string(), confirmedSecondsAgo: z.number().nullable()})),
  sweep: z
    .object({
      subnets: z.array(z.object({dev: z.string(), cidr: cidrText})),
      skipped: z.array(z.object({dev: z.string(), cidr: cidrText, reason: z.string()})),
      sent: z.number(),
      ms: z.number(),
      hosts: z.array(
        z.object({address: ipv4Text, mac: macText, dev: z.string(), state: z.string(), confirmedSecondsAgo: z.number().nullable(), answeredNow: z.boolean()}),
      ),
      vendors: z.record(z.string(), z.string()),
      vendorSource: z.string(),
    })
    .nullable()
    .optional(),
})
