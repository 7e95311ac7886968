// The schema of a snapshot's ping section (zod), checked when a why-no-ping snapshot is replayed with --from.
import {z} from 'zod'

const nullableString = z.string().nullable()
const nullableNumber = z.number().nullable()

const routeChoice = z.object({to: z.string(), dev: z.string(), gateway: nullableString, source: nullableString, kind: nullableString, linkdown: z.boolean()})
const dnsOutcome = z.enum(['answered', 'nxdomain', 'no-data', 'no-answer', 'refused', 'server-failure', 'error'])
const pingOutcome = z.enum(['reply', 'no-reply', 'unreachable', 'dns-failure', 'not-permitted', 'missing', 'timed-out', 'failed'])
const sighting = z.object({op: z.enum(['request', 'reply']), senderMac: z.string(), senderIp: z.string(), targetIp: nullableString, dev: z.string()})

/** pingSchema validates the ping section: the target, its resolution, routes, and what ping, arping, TCP, the neighbour table and listening found. */
export const pingSchema = z.object({
  target: z.object({input: z.string(), kind: z.enum(['ipv4', 'ipv6', 'name'])}),
  address: nullableString,
  resolution: z
    .object({
      name: z.string(),
      source: z.enum(['hosts', 'dns']).nullable(),
      addresses: z.array(z.string()),
      servers: z.array(z.string()),
      names: z.array(z.string()),
      answers: z.array(z.object({server: z.string(), name: z.string(), outcome: dnsOutcome, addresses: z.array(z.string()), ms: z.number(), code: nullableString})),
      hostsChecked: z.boolean(),
      timeoutMs: z.number(),
    })
    .nullable(),
  routes: z.array(z.object({to: z.string(), route: routeChoice.nullable(), error: nullableString})),
  ping: z
    .object({
      address: z.string(),
      argv: z.array(z.string()),
      outcome: pingOutcome,
      sent: nullableNumber,
      received: nullableNumber,
      lossPercent: nullableNumber,
      rtt: z.object({minMs: z.number(), avgMs: z.number(), maxMs: z.number()}).nullable(),
      line: nullableString,
    })
    .nullable(),
  arp: z.array(
    z.object({
      address: z.string(),
      dev: z.string(),
      outcome: z.enum(['replied', 'no-reply', 'not-permitted', 'missing', 'failed', 'stopped']),
      macs: z.array(z.string()),
      windowMs: z.number(),
      line: nullableString,
    }),
  ),
  tcp: z.array(z.object({port: z.number(), outcome: z.enum(['open', 'refused', 'timeout', 'unreachable', 'error']), ms: z.number(), code: nullableString})),
  neighbours: z.array(z.object({address: z.string(), dev: z.string(), mac: nullableString, state: z.string(), confirmedSecondsAgo: nullableNumber})),
  listening: z.object({devs: z.array(z.string()), ms: z.number(), sightings: z.array(sighting)}).nullable(),
  permission: z.object({
    uid: z.number(),
    gids: z.array(z.number()),
    netRaw: z.boolean().nullable(),
    groupRange: z.tuple([z.number(), z.number()]).nullable(),
    program: nullableString,
    capabilities: nullableString,
    setuid: z.boolean().nullable(),
  }),
  probes: z.array(z.object({probe: z.string(), subject: z.string(), outcome: z.string(), detail: z.string(), ms: z.number()})),
})
