// Decodes the frames a switch announces itself with (LLDP, EtherType 0x88cc; Cisco's CDP, 802.3 with LLC/SNAP): who it is, which of its ports.
import {parsed, unparsable, type Parsed} from './parse-result.js'
import {noPacketBytes, splitHexPackets} from './tcpdump-hex.js'
import {addPower, lldpRole, medPowerWords, unknownNeighbour, type Neighbour, type NeighbourRole} from '../net/neighbour.js'

const CDP_SNAP = [0xaa, 0xaa, 0x03, 0x00, 0x00, 0x0c, 0x20, 0x00]

function hex(bytes: Uint8Array): string {
  return [...bytes].map(byte => byte.toString(16).padStart(2, '0')).join(':')
}

function text(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', {fatal: false}).decode(bytes).replace(/\0+$/, '').trim()
}

function textOrNull(bytes: Uint8Array): string | null {
  const value = text(bytes)
  return value === '' ? null : value
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!
}

/** address reads an IANA address-family-numbered address (1 IPv4, 2 IPv6, 6 an 802 MAC); null for another family or a wrong length. */
function address(family: number, bytes: Uint8Array): string | null {
  if (family === 1 && bytes.length === 4) return bytes.join('.')
  if (family === 2 && bytes.length === 16) {
    const groups: string[] = []
    for (let at = 0; at < 16; at += 2) groups.push(u16(bytes, at).toString(16))
    return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')
  }
  if (family === 6 && bytes.length === 6) return hex(bytes)
  return null
}

/** lldpId reads a chassis or port id: a MAC (chassis subtype 4, port subtype 3), a network address (5 and 4), else its text. */
function lldpId(value: Uint8Array, macSubtype: number, addressSubtype: number): string | null {
  if (value.length < 2) return null
  const subtype = value[0]!
  const id = value.subarray(1)
  if (subtype === macSubtype && id.length === 6) return hex(id)
  if (subtype === addressSubtype && id.length > 1) return address(id[0]!, id.subarray(1)) ?? hex(id)
  return textOrNull(id)
}

const POWER_CLASSES = ['class 0', 'class 1', 'class 2', 'class 3', 'class 4']

/** decodeLldp reads an LLDPDU's TLVs (7 bits type, 9 bits length); a TLV cut short ends the reading with an error value. */
export function decodeLldp(pdu: Uint8Array, sourceMac: string): Parsed<Neighbour> {
  const neighbour = unknownNeighbour('lldp', sourceMac, null)
  let at = 0
  while (at + 2 <= pdu.length) {
    const type = pdu[at]! >> 1
    const length = ((pdu[at]! & 1) << 8) | pdu[at + 1]!
    const value = pdu.subarray(at + 2, at + 2 + length)
    if (value.length < length) return unparsable(`LLDP: TLV ${type} of ${length} bytes is cut short at byte ${at}`)
    at += 2 + length
    if (type === 0) break
    if (type === 1) neighbour.chassisId = lldpId(value, 4, 5)
    else if (type === 2) neighbour.portId = lldpId(value, 3, 4)
    else if (type === 3 && length >= 2) neighbour.ttlSeconds = u16(value, 0)
    else if (type === 4) neighbour.portDescription = textOrNull(value)
    else if (type === 5) neighbour.systemName = textOrNull(value)
    else if (type === 6) neighbour.systemDescription = textOrNull(value)
    else if (type === 7 && length >= 4) neighbour.role = lldpRole(u16(value, length - 2))
    else if (type === 8 && length >= 2) {
      const size = value[0]!
      const managed = size >= 2 && value.length >= 1 + size ? address(value[1]!, value.subarray(2, 1 + size)) : null
      if (managed !== null) neighbour.managementAddresses.push(managed)
    } else if (type === 127 && length >= 4) readOrganisational(value, neighbour)
  }
  if (neighbour.chassisId === null && neighbour.portId === null) return unparsable('LLDP: neither a chassis id nor a port id')
  return parsed(neighbour)
}

/** readOrganisational reads the organisationally specific TLVs netdoc shows: 802.1's port VLAN id, 802.3's power via MDI, LLDP-MED's power. */
function readOrganisational(value: Uint8Array, neighbour: Neighbour): void {
  const oui = hex(value.subarray(0, 3))
  const subtype = value[3]!
  const body = value.subarray(4)
  if (oui === '00:80:c2' && subtype === 1 && body.length >= 2) {
    const vlan = u16(body, 0)
    if (vlan !== 0) neighbour.vlan = vlan
  } else if (oui === '00:12:0f' && subtype === 2 && body.length >= 3) {
    const role = body[0]! & 0x01 ? 'PSE' : 'PD'
    const supported = body[0]! & 0x02 ? '' : ' (not supported)'
    const powerClass = POWER_CLASSES[body[2]! - 1] ?? `class ${body[2]}`
    neighbour.poe = addPower(neighbour.poe, `${role}${supported}, ${powerClass}`)
  } else if (oui === '00:12:bb' && subtype === 4 && body.length >= 3) {
    neighbour.poe = addPower(neighbour.poe, medPowerWords(u16(body, 1) / 10))
  }
}

/** cdpRole reads CDP's capabilities bits: router 0x01, switch 0x08 (or source-route bridge 0x04), host 0x10, phone 0x80. */
function cdpRole(bits: number): NeighbourRole {
  if (bits & 0x0a) return 'switch'
  if (bits & 0x01) return 'router'
  if (bits & 0x80) return 'phone'
  return 'device'
}

/** cdpAddresses reads CDP's address list: a count, then records of protocol type, length, protocol, address length, address (IPv4 as NLPID 0xcc). */
function cdpAddresses(value: Uint8Array): string[] {
  if (value.length < 4) return []
  const addresses: string[] = []
  let at = 4
  for (let left = Math.min(u16(value, 0) * 65536 + u16(value, 2), 64); left > 0 && at + 2 <= value.length; left--) {
    const protocolLength = value[at + 1]!
    const protocol = value.subarray(at + 2, at + 2 + protocolLength)
    at += 2 + protocolLength
    if (at + 2 > value.length) break
    const size = u16(value, at)
    const bytes = value.subarray(at + 2, at + 2 + size)
    at += 2 + size
    if (bytes.length < size) break
    if (protocol.length === 1 && protocol[0] === 0xcc && size === 4) addresses.push(bytes.join('.'))
  }
  return addresses
}

/** decodeCdp reads a CDP message (version, ttl, checksum, then TLVs of 16-bit type and 16-bit length counting its own header). */
export function decodeCdp(message: Uint8Array, sourceMac: string): Parsed<Neighbour> {
  if (message.length < 4) return unparsable(`CDP: ${message.length} bytes is shorter than its header`)
  const neighbour = unknownNeighbour('cdp', sourceMac, message[1]!)
  let platform: string | null = null
  let version: string | null = null
  let at = 4
  while (at + 4 <= message.length) {
    const type = u16(message, at)
    const length = u16(message, at + 2)
    if (length < 4 || at + length > message.length) return unparsable(`CDP: TLV ${type} of ${length} bytes is cut short at byte ${at}`)
    const value = message.subarray(at + 4, at + length)
    at += length
    if (type === 0x0001) {
      neighbour.chassisId = textOrNull(value)
      neighbour.systemName = neighbour.chassisId
    } else if (type === 0x0002 || type === 0x0016) {
      for (const managed of cdpAddresses(value))
        if (!neighbour.managementAddresses.includes(managed)) neighbour.managementAddresses.push(managed)
    } else if (type === 0x0003) neighbour.portId = textOrNull(value)
    else if (type === 0x0004 && value.length >= 4) neighbour.role = cdpRole(value[3]!)
    else if (type === 0x0005) version = textOrNull(value)
    else if (type === 0x0006) platform = textOrNull(value)
    else if (type === 0x000a && value.length >= 2) neighbour.vlan = u16(value, 0)
    else if (type === 0x0010 && value.length >= 2) neighbour.poe = `${u16(value, 0)} mW`
  }
  if (at < message.length) return unparsable(`CDP: ${message.length - at} bytes after the last TLV are cut short`)
  neighbour.systemDescription = platform ?? version
  if (neighbour.chassisId === null && neighbour.portId === null) return unparsable('CDP: neither a device id nor a port id')
  return parsed(neighbour)
}

/** decodeDiscoveryFrame reads one Ethernet frame (an 802.1Q tag allowed) holding LLDP or CDP; anything else, or a cut frame, gives an error value. */
export function decodeDiscoveryFrame(frame: Uint8Array): Parsed<Neighbour> {
  if (frame.length < 14) return unparsable(`frame of ${frame.length} bytes is shorter than an Ethernet header`)
  const sourceMac = hex(frame.subarray(6, 12))
  let at = 12
  if (u16(frame, at) === 0x8100) at += 4
  if (frame.length < at + 2) return unparsable('the 802.1Q tag is cut short')
  const etherType = u16(frame, at)
  if (etherType === 0x88cc) return decodeLldp(frame.subarray(at + 2), sourceMac)
  if (etherType <= 1500 && CDP_SNAP.every((byte, index) => frame[at + 2 + index] === byte)) {
    return decodeCdp(frame.subarray(at + 2 + CDP_SNAP.length, at + 2 + Math.max(etherType, CDP_SNAP.length)), sourceMac)
  }
  return unparsable(`ethertype 0x${etherType.toString(16).padStart(4, '0')} is neither LLDP nor CDP`)
}

/** parseTcpdumpDiscovery reads every LLDP and CDP frame in `tcpdump -xx` output, skipping frames that are neither (or are broken);
 * output with text but no hex at all gives an error value. */
export function parseTcpdumpDiscovery(output: string): Parsed<Neighbour[]> {
  const packets = splitHexPackets(output)
  const complaint = noPacketBytes(output, packets)
  if (complaint !== null) return unparsable(complaint)
  const neighbours: Neighbour[] = []
  for (const packet of packets) {
    const neighbour = decodeDiscoveryFrame(packet)
    if (neighbour.ok) neighbours.push(neighbour.value)
  }
  return parsed(neighbours)
}
