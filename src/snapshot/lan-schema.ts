// The schema of a snapshot's lan section (zod), checked when a snapshot file is replayed with --from.
import {z} from 'zod'

const nullableString = z.string().nullable()
const strings = z.array(z.string())

const arpProbe = z.object({
  address: z.string(),
  dev: z.string(),
  outcome: z.enum(['replied', 'no-reply', 'not-permitted', 'missing', 'failed']),
  macs: strings,
  windowMs: z.number(),
  line: nullableString,
})

const lease = z.object({
  dev: nullableString,
  address: nullableString,
  subnetMask: nullableString,
  routers: strings,
  dnsServers: strings,
  serverId: nullableString,
  leaseSeconds: z.number().nullable(),
  domainName: nullableString,
  expires: nullableString,
  source: z.enum(['dhclient', 'networkmanager', 'networkd', 'dhcpcd']),
  path: z.string(),
  writtenAt: nullableString,
})

const offer = z.object({
  from: z.string(),
  serverId: nullableString,
  yiaddr: z.string(),
  subnetMask: nullableString,
  routers: strings,
  dnsServers: strings,
  leaseSeconds: z.number().nullable(),
  domainName: nullableString,
  ms: z.number(),
})

const dhcpSighting = z.object({
  dev: z.string(),
  messageType: z.string(),
  sourceMac: z.string(),
  sourceIp: z.string(),
  serverId: nullableString,
  clientMac: nullableString,
  yiaddr: z.string(),
  subnetMask: nullableString,
  routers: strings,
  dnsServers: strings,
  requestedAddress: nullableString,
})

const arpSighting = z.object({op: z.enum(['request', 'reply']), senderMac: z.string(), senderIp: z.string(), targetIp: nullableString, dev: z.string()})

const dnsAnswer = z.object({
  server: z.string(),
  name: z.string(),
  outcome: z.enum(['answered', 'nxdomain', 'no-data', 'no-answer', 'refused', 'server-failure', 'error']),
  addresses: strings,
  ms: z.number(),
  code: nullableString,
})

const pingProbe = z.object({
  address: z.string(),
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
  addresses: z.array(z.object({dev: z.string(), cidr: z.string(), dynamic: z.boolean(), validSeconds: z.number().nullable()})),
  leases: z.array(lease),
  discover: z
    .object({
      dev: z.string(),
      mac: z.string(),
      source: nullableString,
      outcome: z.enum(['offers', 'no-offer', 'not-permitted', 'port-busy', 'no-route', 'failed']),
      reason: nullableString,
      windowMs: z.number(),
      offers: z.array(offer),
    })
    .nullable(),
  listening: z.object({devs: strings, ms: z.number(), arp: z.array(arpSighting), dhcp: z.array(dhcpSighting)}).nullable(),
  duplicates: z.array(arpProbe),
  gateway: z.object({gateway: z.string(), dev: z.string(), arp: arpProbe.nullable(), ping: pingProbe.nullable()}).nullable(),
  dns: z.array(z.object({server: z.string(), sources: strings, answer: dnsAnswer})),
  poolHints: z.array(z.object({first: z.string(), last: z.string(), source: z.string()})),
  freeChecks: z.array(arpProbe),
  neighbours: z.array(z.object({address: z.string(), dev: z.string(), mac: nullableString, state: z.string(), confirmedSecondsAgo: z.number().nullable()})),
  sweep: z
    .object({
      subnets: z.array(z.object({dev: z.string(), cidr: z.string()})),
      skipped: z.array(z.object({dev: z.string(), cidr: z.string(), reason: z.string()})),
      sent: z.number(),
      ms: z.number(),
      hosts: z.array(
        z.object({address: z.string(), mac: z.string(), dev: z.string(), state: z.string(), confirmedSecondsAgo: z.number().nullable(), answeredNow: z.boolean()}),
      ),
      vendors: z.record(z.string(), z.string()),
      vendorSource: z.string(),
    })
    .nullable()
    .optional(),
})
