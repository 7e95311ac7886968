// The schema of a snapshot's mail section (zod), checked when `netdoc mail --from` replays one.
import {z} from 'zod'
import {dnsAnswer, dnsOutcome} from '../../snapshot/probe-schema.js'
import {ipText, nullableNumber, nullableString, strings} from '../../snapshot/schema-parts.js'
import {probeRecord} from '../ping/schema.js'

/** ptrAnswer is one DNS server's answer to an address's PTR question: the names, or why there are none. */
export const ptrAnswer = z.object({
  server: ipText,
  address: ipText,
  outcome: dnsOutcome,
  names: strings,
  ms: z.number(),
  code: nullableString,
})

/** senderSource says where a sending address came from: given, a host name's, this machine's, a Received: hop, or a refusal. */
export const senderSource = z.enum(['given', 'name', 'machine', 'hop', 'rejection'])

/** sender is one sending address and what DNS said of it: its PTR (each server) and each PTR name's addresses (each server). */
export const sender = z.object({
  address: ipText,
  source: senderSource,
  /** hop is the Received: hop's number, 1 for the first (the bottom header); null for an address not from the chain. */
  hop: nullableNumber,
  /** label names the address for a person: "hop 1: from [2001:db8::1] by mx.example", "eth0", "given". */
  label: z.string(),
  /** skipped says why the address was not asked about (a private address no receiving server looks up); null when it was. */
  skipped: nullableString,
  ptr: z.array(ptrAnswer),
  forward: z.array(dnsAnswer),
})

/** hop is one Received: header as read: the sender's name and address, the receiving server, and the header itself. */
export const hop = z.object({from: nullableString, address: ipText.nullable(), by: nullableString, header: z.string()})

/** helo is the name this machine's mail server greets with, where it was read, and its addresses (each server). */
export const helo = z.object({
  mta: z.enum(['postfix', 'exim']),
  path: z.string(),
  /** setting is the option the name came from (myhostname, smtp_helo_name, primary_hostname), or "the machine's name" by default. */
  setting: z.string(),
  name: z.string(),
  defaulted: z.boolean(),
  forward: z.array(dnsAnswer),
})

/** mailSchema validates the mail section: what was asked, the DNS servers, the chain, each sender's checks and the HELO name. */
export const mailSchema = z.object({
  input: nullableString,
  headersFile: nullableString,
  servers: z.array(ipText),
  serversFrom: z.enum(['resolv.conf', '--server']),
  resolved: z.array(dnsAnswer),
  hops: z.array(hop),
  rejection: z.object({address: ipText, line: z.string()}).nullable(),
  senders: z.array(sender),
  machineAddresses: z.array(ipText),
  helo: helo.nullable(),
  probes: z.array(probeRecord),
})
