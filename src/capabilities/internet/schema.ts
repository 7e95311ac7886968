// The schema of a snapshot's internet section (zod), checked when `netdoc internet --from` replays one.
import {z} from 'zod'
import {dateText, ipText, macText, nullableNumber, nullableString} from '../../snapshot/schema-parts.js'

const ips = z.array(ipText)
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
  argv: z.array(z.string()),
  outcome: z.enum(['reply', 'no-reply', 'unreachable', 'dns-failure', 'not-permitted', 'missing', 'timed-out', 'failed']),
  sent: nullableNumber,
  received: nullableNumber,
  lossPercent: nullableNumber,
  rtt: z.object({minMs: z.number(), avgMs: z.number(), maxMs: z.number()}).nullable(),
  line: nullableString,
})
const routeChoice = z.object({
  to: ipText,
  dev: z.string(),
  gateway: ipText.nullable(),
  source: ipText.nullable(),
  kind: nullableString,
  linkdown: z.boolean(),
})
const tcpProbe = z.object({
  port: z.number(),
  outcome: z.enum(['open', 'refused', 'timeout', 'unreachable', 'error']),
  ms: z.number(),
  code: nullableString,
})
const endpoints = z.object({
  resolvers: z.array(z.object({address: ipText, name: z.string()})),
  http: z.array(z.object({url: z.string(), status: z.number(), body: z.string().optional(), source: z.string()})),
  tls: z.array(z.object({host: z.string(), port: z.number(), source: z.string()})),
  madeUpName: z.string(),
  mtuTarget: ipText.nullable().optional(),
})

/** internetSchema validates the internet section: the endpoints, the gateway, DNS, the anycast probes, HTTP, TLS and the MTU. */
export const internetSchema = z.object({
  endpoints,
  endpointsFrom: z.string(),
  clock: dateText,
  gateway: z
    .object({
      address: ipText,
      dev: z.string(),
      ping: pingProbe.nullable(),
      neighbour: z
        .object({address: ipText, dev: z.string(), mac: macText.nullable(), state: z.string(), confirmedSecondsAgo: nullableNumber})
        .nullable(),
    })
    .nullable(),
  routes: z.array(z.object({to: ipText, route: routeChoice.nullable(), error: nullableString, unknown: z.boolean().optional()})),
  servers: ips,
  dns: z.array(dnsAnswer),
  publicDns: z.array(dnsAnswer),
  upstream: z.array(z.object({address: ipText, name: z.string(), ping: pingProbe.nullable(), tcp: z.array(tcpProbe)})),
  http: z.array(
    z.object({
      url: z.string(),
      address: ipText.nullable(),
      outcome: z.enum(['answered', 'timeout', 'refused', 'unreachable', 'reset', 'not-resolved', 'error']),
      status: nullableNumber,
      location: nullableString,
      contentType: nullableString,
      body: z.string(),
      bodyBytes: z.number(),
      ms: z.number(),
      code: nullableString,
    }),
  ),
  tls: z.array(
    z.object({
      host: z.string(),
      port: z.number(),
      address: ipText.nullable(),
      outcome: z.enum(['verified', 'rejected', 'timeout', 'refused', 'unreachable', 'reset', 'not-resolved', 'error']),
      code: nullableString,
      certificate: z.object({subject: z.string(), issuer: z.string(), validFrom: z.string(), validTo: z.string()}).nullable(),
      ms: z.number(),
    }),
  ),
  mtu: z.array(z.object({size: z.number(), ping: pingProbe})),
  probes: z.array(z.object({probe: z.string(), subject: z.string(), outcome: z.string(), detail: z.string(), ms: z.number()})),
})
