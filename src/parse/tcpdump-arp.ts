// Parses `tcpdump -l -n -e -t arp` lines: who asked for or claimed which address, from which MAC.
import type {ArpSighting as HeardArp} from '../capabilities/ping/facts.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** ArpSighting is one ARP packet heard on the wire: a request ("who-has target tell sender") or a reply ("sender is-at MAC");
 * the snapshot's sighting (src/snapshot/probe-schema.ts) without the port it was heard on. */
export type ArpSighting = Omit<HeardArp, 'dev'>

const MAC = '[0-9a-f]{2}(?::[0-9a-f]{2}){5}'
const FRAME = new RegExp(`^(${MAC}) > (${MAC})`, 'i')
const ETHERTYPE_ARP = /ethertype ARP/i
const LINE_BREAK = /[\n\r\u2028\u2029]/

/** arpPayload finds what follows the frame header in the rest of a line ("…, ethertype ARP (0x0806), length 42: Request who-has …"):
 * the text after the last ": " that comes after "ethertype ARP" with no colon between them, as `.*ethertype ARP[^:]*: (.*)$` reads
 * it, but looking at each stretch between two colons once (that regular expression takes quadratic time on a line repeating
 * "ethertype ARP"). */
function arpPayload(rest: string): string | null {
  const firstBreak = rest.search(LINE_BREAK)
  let lastBreak = firstBreak
  if (firstBreak !== -1)
    for (let at = rest.length - 1; lastBreak === firstBreak && at > firstBreak; at--) if (LINE_BREAK.test(rest[at]!)) lastBreak = at
  for (let colon = rest.lastIndexOf(':'); colon !== -1 && colon + 2 > lastBreak; ) {
    const previous = colon > 0 ? rest.lastIndexOf(':', colon - 1) : -1
    if (rest[colon + 1] === ' ') {
      const found = rest.slice(previous + 1, colon).search(ETHERTYPE_ARP)
      if (found !== -1 && (firstBreak === -1 || previous + 1 + found < firstBreak)) return rest.slice(colon + 2)
    }
    colon = previous
  }
  return null
}
const REQUEST = /^Request who-has (\S+)(?: \([^)]*\))? tell (\S+?),/
const REPLY = new RegExp(`^Reply (\\S+) is-at (${MAC})`, 'i')

/** parseTcpdumpArp reads the lines tcpdump printed, skipping the ones that are not ARP; garbage gives an error value. */
export function parseTcpdumpArp(text: string): Parsed<ArpSighting[]> {
  const lines = text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  const sightings: ArpSighting[] = []
  let unknown = 0
  for (const line of lines) {
    const frame = FRAME.exec(line)
    const payload = frame ? arpPayload(line.slice(frame[0].length)) : null
    if (!frame || payload === null) {
      unknown++
      continue
    }
    const request = REQUEST.exec(payload)
    const reply = REPLY.exec(payload)
    if (request) sightings.push({op: 'request', senderMac: frame[1]!.toLowerCase(), senderIp: request[2]!, targetIp: request[1]!})
    else if (reply) sightings.push({op: 'reply', senderMac: frame[1]!.toLowerCase(), senderIp: reply[1]!, targetIp: null})
  }
  if (lines.length > 0 && unknown === lines.length) return unparsable(`tcpdump: unrecognised output: ${lines[0]}`)
  return parsed(sightings)
}
