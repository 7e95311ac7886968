// Parses `tcpdump -l -n -e -t arp` lines: who asked for or claimed which address, from which MAC.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** ArpSighting is one ARP packet heard on the wire: a request ("who-has target tell sender") or a reply ("sender is-at MAC"). */
export interface ArpSighting {
  op: 'request' | 'reply'
  /** senderMac is the Ethernet source of the frame. */
  senderMac: string
  /** senderIp is the address the sender speaks for (0.0.0.0 for an address probe). */
  senderIp: string
  /** targetIp is the address asked about (requests only). */
  targetIp: string | null
}

const MAC = '[0-9a-f]{2}(?::[0-9a-f]{2}){5}'
const FRAME = new RegExp(`^(${MAC}) > (${MAC}).*ethertype ARP[^:]*: (.*)$`, 'i')
const REQUEST = /^Request who-has (\S+)(?: \([^)]*\))? tell (\S+?),/
const REPLY = new RegExp(`^Reply (\\S+) is-at (${MAC})`, 'i')

/** parseTcpdumpArp reads the lines tcpdump printed, skipping the ones that are not ARP; garbage gives an error value. */
export function parseTcpdumpArp(text: string): Parsed<ArpSighting[]> {
  const lines = text.split('\n').map(line => line.trim()).filter(Boolean)
  const sightings: ArpSighting[] = []
  let unknown = 0
  for (const line of lines) {
    const frame = FRAME.exec(line)
    if (!frame) {
      unknown++
      continue
    }
    const request = REQUEST.exec(frame[3]!)
    const reply = REPLY.exec(frame[3]!)
    if (request) sightings.push({op: 'request', senderMac: frame[1]!.toLowerCase(), senderIp: request[2]!, targetIp: request[1]!})
    else if (reply) sightings.push({op: 'reply', senderMac: frame[1]!.toLowerCase(), senderIp: reply[1]!, targetIp: null})
  }
  if (lines.length > 0 && unknown === lines.length) return unparsable(`tcpdump: unrecognised output: ${lines[0]}`)
  return parsed(sightings)
}
