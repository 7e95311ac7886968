// Reads `tcpdump -xx` output (each packet's bytes in hex, link header included) and unwraps Ethernet, IPv4 and UDP.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** UdpFrame is one UDP datagram heard on an Ethernet port: who sent it to whom, and its payload. */
export interface UdpFrame {
  sourceMac: string
  destinationMac: string
  sourceIp: string
  destinationIp: string
  sourcePort: number
  destinationPort: number
  payload: Uint8Array
}

const OFFSET = /^\s*0x[0-9a-f]{4}:\s+/i

/** hexValue is the value of a hex digit's character code (either case), or -1. */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  const lower = code | 0x20
  return lower >= 97 && lower <= 102 ? lower - 87 : -1
}

/** readHexLine adds the bytes of one `tcpdump -xx` line ("0x0010:  0148 5e7b 0000 4000") to `bytes`: after the offset, groups
 * of hex digits each followed by at most one blank, up to what is not such a group (-X's text column, after two blanks). A group's
 * digits are read in pairs; a group of one digit (or four and one, nine, …) ends the line there. False for a line that is not hex. */
function readHexLine(line: string, bytes: number[]): boolean {
  const offset = OFFSET.exec(line)
  if (!offset) return false
  const before = bytes.length
  let at = offset[0].length
  for (;;) {
    let end = at
    while (hexValue(line.charCodeAt(end)) !== -1) end++
    if (end - at < 2) break
    for (let pair = at; pair + 2 <= end; pair += 2) bytes.push(hexValue(line.charCodeAt(pair)) * 16 + hexValue(line.charCodeAt(pair + 1)))
    if ((end - at) % 4 === 1 || end >= line.length || !/\s/.test(line[end]!)) break
    at = end + 1
  }
  return bytes.length > before
}

/** START is a hex line at offset 0: the start of a packet's bytes, or of a field tcpdump dumps while decoding a protocol (CDP's). */
const START = /^\s*0x0000:/

/** splitHexPackets groups `tcpdump -xx` lines into one byte array per packet: a line that is not hex, or a line at offset 0, starts
 * the next one (so the hex tcpdump prints of a CDP field it decodes stays apart from the frame's bytes). */
export function splitHexPackets(text: string): Uint8Array[] {
  const packets: number[][] = []
  let current: number[] | null = null
  for (const line of text.split('\n')) {
    if (START.test(line)) current = null
    const bytes: number[] = current ?? []
    if (!readHexLine(line, bytes)) {
      if (line.trim() !== '') current = null
      continue
    }
    if (current === null) {
      current = bytes
      packets.push(current)
    }
  }
  return packets.filter(bytes => bytes.length > 0).map(bytes => Uint8Array.from(bytes))
}

function mac(bytes: Uint8Array, at: number): string {
  return [...bytes.subarray(at, at + 6)].map(byte => byte.toString(16).padStart(2, '0')).join(':')
}

function ipv4(bytes: Uint8Array, at: number): string {
  return `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`
}

/** unwrapUdp reads an Ethernet frame (an 802.1Q tag allowed) holding IPv4 and UDP; anything else, or a cut frame, gives an error value. */
export function unwrapUdp(frame: Uint8Array): Parsed<UdpFrame> {
  if (frame.length < 14) return unparsable(`frame of ${frame.length} bytes is shorter than an Ethernet header`)
  let at = 12
  let etherType = (frame[at]! << 8) | frame[at + 1]!
  if (etherType === 0x8100) {
    at += 4
    etherType = (frame[at]! << 8) | frame[at + 1]!
  }
  at += 2
  if (etherType !== 0x0800) return unparsable(`ethertype 0x${etherType.toString(16).padStart(4, '0')} is not IPv4`)
  if (frame.length < at + 20 || frame[at]! >> 4 !== 4) return unparsable('the IPv4 header is cut short')
  const headerBytes = (frame[at]! & 0x0f) * 4
  if (frame[at + 9] !== 17) return unparsable(`IP protocol ${frame[at + 9]} is not UDP`)
  const udp = at + headerBytes
  if (frame.length < udp + 8) return unparsable('the UDP header is cut short')
  const udpLength = (frame[udp + 4]! << 8) | frame[udp + 5]!
  const end = Math.min(frame.length, udp + Math.max(8, udpLength))
  return parsed({
    sourceMac: mac(frame, 6),
    destinationMac: mac(frame, 0),
    sourceIp: ipv4(frame, at + 12),
    destinationIp: ipv4(frame, at + 16),
    sourcePort: (frame[udp]! << 8) | frame[udp + 1]!,
    destinationPort: (frame[udp + 2]! << 8) | frame[udp + 3]!,
    payload: frame.subarray(udp + 8, end),
  })
}

/** noPacketBytes says why `tcpdump -xx` output that printed text but no packet bytes cannot be read (tcpdump was run without -xx,
 * or printed only a complaint); null when it has packets, or only tcpdump's own banner and counts. */
export function noPacketBytes(text: string, packets: readonly Uint8Array[]): string | null {
  const lines = text.split('\n').filter(line => line.trim() !== '')
  if (packets.length > 0 || lines.every(line => /^(tcpdump|listening on|\d+ packets?)/.test(line.trim()))) return null
  return `tcpdump: no packet bytes in the output: ${lines[0]!.trim()}`
}

/** parseTcpdumpUdp reads every UDP datagram in `tcpdump -xx` output; frames that are not IPv4/UDP are skipped, and output with
 * text but no hex at all gives an error value (tcpdump was run without -xx, or printed only a complaint). */
export function parseTcpdumpUdp(text: string): Parsed<UdpFrame[]> {
  const packets = splitHexPackets(text)
  const complaint = noPacketBytes(text, packets)
  if (complaint !== null) return unparsable(complaint)
  const frames: UdpFrame[] = []
  for (const packet of packets) {
    const frame = unwrapUdp(packet)
    if (frame.ok) frames.push(frame.value)
  }
  return parsed(frames)
}
