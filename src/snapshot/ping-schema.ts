// The schema of a snapshot's ping section (zod), checked when a why-no-ping snapshot is replayed with --from.
import {z} from 'zod'

import {ipText, ipv4Text, macText, nullableNumber, nullableString} from './schema-parts.js'

const ips = z.array(ipText)
const routeChoice = z.object({to: ipText, dev: z.string(), gateway: ipText.nullable(), source: ipText.nullable(), kind: nullableString, linkdown: z.boolean()})
const dnsOutcome = z.enum(['answered', 'nxdomain', 'no-data', 'no-answer', 'refused', 'server-failure', 'error'])
const pingOutcome = z.enum(['reply', 'no-reply', 'unreachable', 'dns-failure', 'not-permitted', 'missing', 'timed-out', 'failed'])
const sighting = z.object({op: z.enum(['request', 'reply']), senderMac: macText, senderIp: ipv4Text, targetIp: ipv4Text.nullable(), dev: z.string()})

/** pingSchema validates the ping section: the target, its resolution, routes, and what ping, arping, TCP, the neighbour table and listening found. */
export const pingSchema = z.object({
  target: z.object({input: z.string(), kind: z.enum(['ipv4', 'ipv6', 'name'])}),
  address: ipText.nullable(),
  resolution: z
    .object({
      name: z.string(),
      source: z.enum(['hosts', 'dns']).nullable(),
      addresses: ips,
      servers: ips,
      names: z.array(z.string()),
      answers: z.array(z.object({server: ipText, name: z.string(), outcome: dnsOutcome, addresses: ips, ms: z.number(), code: nullableString})),
      hostsChecked: z.boolean(),
      timeoutMs: z.number(),
    })
    .nullable(),
  routes: z.array(z.object({to: ipText, route: routeChoice.nullable(), error: nullableString, unknown: z.boolean().optional()})),
  ping: z
    .object({
      address: ipText,
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
      address: ipv4Text,
      dev: z.string(),
      outcome: z.enum(['replied', 'no-reply', 'not-permitted', 'missing', 'failed', 'stopped']),
      macs: z.array(macText),
      windowMs: z.number(),
      line: nullableString,
    }),
  ),
  tcp: z.array(z.object({port: z.number(), outcome: z.enum(['open', 'refused', 'timeout', 'unreachable', 'error']), ms: z.number(), code: nullableString})),
  neighbours: z.array(z.object({address: ipText, dev: z.string(), mac: macText.nullable(), state: z.string(), confirmedSecondsAgo: nullableNumber})),
  listening: z.object({devs: z.array(z.string()), ms: z.number(), sightings: z.array(sighting), heard: z.number().optional()}).nullable(),
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
