// Parses a message's headers (or a bounce holding them) into its Received: chain, first hop first, with each hop's sending
// address, and the address a receiving server named when it rejected the message (`550-5.7.1 [2001:db8::1 16] …`).
import {isIpAddress} from '../net/address.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** ReceivedHop is one Received: header: who handed the message on (its HELO or name, and its address) and who took it. */
export interface ReceivedHop {
  /** from is the sender's name as the header gives it first (its HELO name, or its looked-up name), null when bracketed only. */
  from: string | null
  /** address is the sender's IP address as the receiving server saw it, null when the header names none (a local pickup). */
  address: string | null
  /** by is the receiving server's name. */
  by: string | null
  /** header is the unfolded header, cut to MAX_HEADER_KEPT characters. */
  header: string
}

/** Rejection is a receiving server's refusal that names the address it refused (Google's `550-5.7.1 [ADDRESS 16]`). */
export interface Rejection {
  address: string
  line: string
}

/** ReceivedChain is what a message's headers say of its way: the hops in sending order, and the rejection when it is a bounce. */
export interface ReceivedChain {
  hops: ReceivedHop[]
  rejection: Rejection | null
  /** blocks counts the header blocks holding Received: headers (a bounce has its own and the returned message's; the last is read). */
  blocks: number
}

/** MAX_HOPS bounds the hops kept: a real message passes a handful of servers, a looping one hits a server's limit (Exim: 30). */
export const MAX_HOPS = 100
/** MAX_HEADER_KEPT bounds the text kept of each header. */
const MAX_HEADER_KEPT = 400

const FIELD = /^([!-9;-~]+):[ \t]*(.*)$/
const BRACKETED = /\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]/g
const BARE = /(?:^|[\s(])([0-9A-Fa-f:.]{7,45})(?=[\s)]|$)/g
const REJECTED = /\b5\d\d[ -]5\.\d{1,3}\.\d{1,3}\s+\[([0-9A-Fa-f:.]{2,45})(?:\s+\d+)?\]/

/** headerBlocks splits text into runs of header lines (a field, then its folded continuation lines), unfolded, each run ended by
 * a line that is neither; a run's fields keep their order. */
function headerBlocks(text: string): {name: string; value: string}[][] {
  const blocks: {name: string; value: string}[][] = []
  let block: {name: string; value: string}[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line === '') {
      if (block.length > 0) blocks.push(block)
      block = []
      continue
    }
    const last = block[block.length - 1]
    if (last && /^[ \t]/.test(line) && line.trim() !== '') {
      last.value += ` ${line.trim()}`
      continue
    }
    const field = FIELD.exec(line)
    if (field) {
      block.push({name: field[1]!.toLowerCase(), value: field[2]!.trim()})
      continue
    }
    if (block.length > 0) blocks.push(block)
    block = []
  }
  if (block.length > 0) blocks.push(block)
  return blocks
}

/** addressIn finds the sender's address in a Received header's from-clause: the last bracketed address (Postfix's
 * `name (rdns [ADDRESS])`, Exim's `[ADDRESS]` or `name ([ADDRESS] helo=…)`), else a bare one (`name (ADDRESS)`). */
function addressIn(clause: string): string | null {
  const bracketed = [...clause.matchAll(BRACKETED)].map(match => match[1]!).filter(isIpAddress)
  if (bracketed.length > 0) return bracketed[bracketed.length - 1]!
  const bare = [...clause.matchAll(BARE)].map(match => match[1]!).filter(text => text.includes('.') || text.includes(':'))
  return bare.find(isIpAddress) ?? null
}

/** readHop reads one unfolded Received header. */
function readHop(value: string): ReceivedHop {
  const header = value.length > MAX_HEADER_KEPT ? `${value.slice(0, MAX_HEADER_KEPT)}…` : value
  const fromAt = /(?:^|\s)from\s+/i.exec(value)
  const byAt = /(?:^|\s)by\s+(\S+)/i.exec(value)
  const clauseEnd = byAt && fromAt && byAt.index > fromAt.index ? byAt.index : value.indexOf(';') === -1 ? value.length : value.indexOf(';')
  const clause = fromAt ? value.slice(fromAt.index + fromAt[0].length, Math.max(clauseEnd, fromAt.index + fromAt[0].length)) : ''
  const first = clause.split(/\s/)[0] ?? ''
  return {
    from: first !== '' && !first.startsWith('[') && !first.startsWith('(') ? first : null,
    address: fromAt ? addressIn(clause) : null,
    by: byAt ? byAt[1]!.replace(/;$/, '') : null,
    header,
  }
}

/** rejectionIn finds the first 5xx refusal that names the refused address in brackets, with the line it stands on. */
function rejectionIn(text: string): Rejection | null {
  const pattern = new RegExp(REJECTED.source, 'g')
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (!isIpAddress(match[1]!)) continue
    const start = text.lastIndexOf('\n', match.index) + 1
    const end = text.indexOf('\n', match.index)
    const line = text.slice(start, end === -1 ? text.length : end).trim()
    return {address: match[1]!, line: line.slice(0, MAX_HEADER_KEPT)}
  }
  return null
}

/** parseReceivedChain reads a message's headers, or a bounce that holds the returned message's headers (the last header block
 * with Received: lines is that message's), into its hops, first hop (the bottom header) first. Text with neither a Received:
 * header nor a rejection naming an address is refused. */
export function parseReceivedChain(text: string): Parsed<ReceivedChain> {
  if (text.trim() === '') return unparsable('the headers are empty')
  const blocks = headerBlocks(text).filter(block => block.some(field => field.name === 'received'))
  const rejection = rejectionIn(text)
  const last = blocks[blocks.length - 1]
  if (!last && !rejection)
    return unparsable('no Received: header and no refusal naming an address: give the whole message source or the whole bounce')
  const received = (last ?? []).filter(field => field.name === 'received').slice(0, MAX_HOPS)
  return parsed({hops: received.reverse().map(field => readHop(field.value)), rejection, blocks: blocks.length})
}
