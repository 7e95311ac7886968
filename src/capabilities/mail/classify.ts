// What the mail facts say of each sending address: does it have a PTR, does each PTR name resolve back to it, does a name look
// generic; and of the HELO name. Pure readings that the rules and the report share.
import {sameAddress} from '../../net/address.js'
import type {DnsAnswer} from '../ping/facts.js'
import {genericReason} from './generic-name.js'
import type {Helo, MailFacts, PtrAnswer, Sender} from './facts.js'

/** MAX_PTR_NAMES bounds the PTR names followed forward: an address has one, rarely two. */
export const MAX_PTR_NAMES = 4

/** PtrReading is what the servers said of an address's PTR: names, a denial (no such record), or nothing decisive. */
export type PtrReading =
  | {kind: 'names'; names: string[]; answer: PtrAnswer}
  | {kind: 'none'; answer: PtrAnswer}
  | {kind: 'unknown'; detail: string}

/** NameReading is what the servers said of one name's A/AAAA records against the address whose PTR named it. */
export interface NameReading {
  name: string
  kind: 'confirmed' | 'other' | 'none' | 'unknown'
  addresses: string[]
  detail: string
}

const DENIED = new Set(['nxdomain', 'no-data'])

/** plainName is a DNS name without its final dot, in lower case. */
export function plainName(name: string): string {
  return name.replace(/\.$/, '').toLowerCase()
}

function outcomes(answers: readonly {server: string; outcome: string; code: string | null}[]): string {
  return (
    answers.map(answer => `${answer.server}: ${answer.outcome}${answer.code ? ` (${answer.code})` : ''}`).join(', ') || 'no server asked'
  )
}

/** readPtr decides an address's PTR from every server's answer: the names of the first that gave some, else a denial
 * (NXDOMAIN or NODATA: there is none), else unknown (silence, REFUSED, SERVFAIL: DNS could not say). */
export function readPtr(sender: Sender): PtrReading {
  const answered = sender.ptr.find(answer => answer.outcome === 'answered' && answer.names.length > 0)
  if (answered) return {kind: 'names', names: [...new Set(answered.names.map(plainName))], answer: answered}
  const denied = sender.ptr.find(answer => DENIED.has(answer.outcome))
  if (denied) return {kind: 'none', answer: denied}
  return {kind: 'unknown', detail: `the PTR of ${sender.address} could not be read: ${outcomes(sender.ptr)}`}
}

/** readName decides whether `name` resolves to `address`: the addresses every server gave it (A and AAAA), a denial when some
 * server denied it and none gave an address, unknown when none could say. */
export function readName(answers: readonly DnsAnswer[], name: string, address: string | null): NameReading {
  const asked = answers.filter(answer => plainName(answer.name) === name)
  const addresses = [...new Set(asked.filter(answer => answer.outcome === 'answered').flatMap(answer => answer.addresses))]
  if (addresses.length > 0) {
    const confirmed = address !== null && addresses.some(other => sameAddress(other, address))
    return {name, kind: confirmed ? 'confirmed' : 'other', addresses, detail: `${name} → ${addresses.join(', ')}`}
  }
  if (asked.some(answer => DENIED.has(answer.outcome)))
    return {name, kind: 'none', addresses: [], detail: `${name} has no A or AAAA record (${outcomes(asked)})`}
  return {name, kind: 'unknown', addresses: [], detail: `the addresses of ${name} could not be read: ${outcomes(asked)}`}
}

/** SenderReading is everything decided about one checked address. */
export interface SenderReading {
  sender: Sender
  ptr: PtrReading
  names: NameReading[]
  /** generic pairs each generic-looking PTR name with why it looks so. */
  generic: {name: string; reason: string}[]
}

/** readSender reads one checked address: its PTR, each PTR name's addresses, and which names look generic. */
export function readSender(sender: Sender): SenderReading {
  const ptr = readPtr(sender)
  const ptrNames = ptr.kind === 'names' ? ptr.names.slice(0, MAX_PTR_NAMES) : []
  const names = ptrNames.map(name => readName(sender.forward, name, sender.address))
  const generic = ptrNames.flatMap(name => {
    const reason = genericReason(name, sender.address)
    return reason ? [{name, reason}] : []
  })
  return {sender, ptr, names, generic}
}

/** checkedSenders reads every sending address that was asked about (a skipped private one is not). */
export function checkedSenders(facts: MailFacts): SenderReading[] {
  return facts.senders.filter(sender => sender.skipped === null).map(readSender)
}

/** isDecided tells whether DNS answered every question about the address (its PTR, and each PTR name's addresses). */
export function isDecided(reading: SenderReading): boolean {
  return reading.ptr.kind !== 'unknown' && reading.names.every(name => name.kind !== 'unknown')
}

/** passes tells whether an address meets the receiving servers' rule: a PTR, each of its names resolving back, none generic. */
export function passes(reading: SenderReading): boolean {
  return reading.ptr.kind === 'names' && reading.names.every(name => name.kind === 'confirmed') && reading.generic.length === 0
}

/** machineSenders are the checked addresses this machine holds itself (the ones its mail server sends from). */
export function machineSenders(facts: MailFacts): SenderReading[] {
  return checkedSenders(facts).filter(reading => facts.machineAddresses.some(address => sameAddress(address, reading.sender.address)))
}

/** readHelo decides the HELO name's addresses (null: no mail server configuration was found). */
export function readHelo(helo: Helo | null): NameReading | null {
  return helo ? readName(helo.forward, plainName(helo.name), null) : null
}
