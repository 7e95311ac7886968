// DHCP messages (RFC 2131/2132): builds the DISCOVER netdoc sends, and reads OFFERs, ACKs and lease files into plain facts.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** BOOTP_HEADER_BYTES is the fixed BOOTP header before the magic cookie: op … file. */
export const BOOTP_HEADER_BYTES = 236
/** MAGIC_COOKIE marks the start of DHCP options (99.130.83.99). */
export const MAGIC_COOKIE = [99, 130, 83, 99] as const
/** BOOTP_MIN_BYTES is the smallest message some servers accept (RFC 1542); shorter DISCOVERs are padded to it. */
export const BOOTP_MIN_BYTES = 300

/** DHCP_MESSAGE_TYPES names option 53's values. */
export const DHCP_MESSAGE_TYPES = ['', 'DISCOVER', 'OFFER', 'REQUEST', 'DECLINE', 'ACK', 'NAK', 'RELEASE', 'INFORM'] as const

/** DhcpMessageType is option 53 in words. */
export type DhcpMessageType = Exclude<(typeof DHCP_MESSAGE_TYPES)[number], ''> | 'BOOTP' | 'unknown'

/** DhcpMessage is what a DHCP message says, in the terms netdoc uses; absent options are null. */
export interface DhcpMessage {
  /** op is 1 for a client's request, 2 for a server's reply. */
  op: number
  xid: number
  /** broadcast is the flag asking the server to broadcast its reply. */
  broadcast: boolean
  ciaddr: string
  /** yiaddr is "your address": what the server offers or grants. */
  yiaddr: string
  /** siaddr is the next server (boot server) the server names. */
  siaddr: string
  giaddr: string
  /** clientMac is chaddr for Ethernet (htype 1, hlen 6), else null. */
  clientMac: string | null
  messageType: DhcpMessageType
  /** serverId is option 54: the server's own address, the key that tells two DHCP servers apart. */
  serverId: string | null
  subnetMask: string | null
  routers: string[]
  dnsServers: string[]
  domainName: string | null
  hostName: string | null
  leaseSeconds: number | null
  /** requestedAddress is option 50, the address a client asks for. */
  requestedAddress: string | null
}

/** DiscoverRequest is what a DISCOVER carries: its transaction id and the client's MAC. */
export interface DiscoverRequest {
  xid: number
  mac: string
}

/** PARAMETERS_REQUESTED is option 55 of netdoc's DISCOVER: subnet mask, routers, DNS, domain, lease time, server id. */
export const PARAMETERS_REQUESTED = [1, 3, 6, 15, 51, 54] as const

function macBytes(mac: string): number[] | null {
  const parts = mac.split(':')
  if (parts.length !== 6 || parts.some(part => !/^[0-9a-fA-F]{2}$/.test(part))) return null
  return parts.map(part => Number.parseInt(part, 16))
}

/** encodeDiscover builds a DHCPDISCOVER with the broadcast flag set (so every server's OFFER can be heard without an address),
 * option 53 = DISCOVER, 61 = client id (type 1 + MAC), 55 = the parameters netdoc reads; null for a MAC that is not 6 octets. */
export function encodeDiscover(request: DiscoverRequest): Uint8Array | null {
  const mac = macBytes(request.mac)
  if (mac === null) return null
  const bytes = new Uint8Array(BOOTP_MIN_BYTES)
  const view = new DataView(bytes.buffer)
  bytes[0] = 1
  bytes[1] = 1
  bytes[2] = 6
  view.setUint32(4, request.xid >>> 0)
  view.setUint16(10, 0x8000)
  bytes.set(mac, 28)
  bytes.set(MAGIC_COOKIE, BOOTP_HEADER_BYTES)
  const options = [53, 1, 1, 61, 7, 1, ...mac, 55, PARAMETERS_REQUESTED.length, ...PARAMETERS_REQUESTED, 255]
  bytes.set(options, BOOTP_HEADER_BYTES + 4)
  return bytes
}

function ipv4At(bytes: Uint8Array, at: number): string {
  return `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`
}

function ipv4List(data: Uint8Array): string[] {
  const list: string[] = []
  for (let at = 0; at + 4 <= data.length; at += 4) list.push(ipv4At(data, at))
  return list
}

/** text reads an option's text without the NULs some servers pad it with. */
function text(data: Uint8Array): string {
  let end = data.length
  while (end > 0 && data[end - 1] === 0) end--
  return new TextDecoder('latin1').decode(data.subarray(0, end))
}

function joined(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    data.set(part, at)
    at += part.length
  }
  return data
}

/** readOptions splits the options after the cookie into code → data, an option given several times joined into one (RFC 3396);
 * a length running past the end is an error. The parts are joined once at the end, so many repeats cost no more than one. */
function readOptions(bytes: Uint8Array, start: number): Parsed<Map<number, Uint8Array>> {
  const parts = new Map<number, Uint8Array[]>()
  let at = start
  while (at < bytes.length) {
    const code = bytes[at]!
    if (code === 255) break
    if (code === 0) {
      at++
      continue
    }
    const length = bytes[at + 1]
    if (length === undefined || at + 2 + length > bytes.length) return unparsable(`DHCP option ${code} runs past the end of the message`)
    const data = bytes.subarray(at + 2, at + 2 + length)
    const known = parts.get(code)
    if (known) known.push(data)
    else parts.set(code, [data])
    at += 2 + length
  }
  return parsed(new Map([...parts].map(([code, list]) => [code, joined(list)])))
}

/** decodeDhcp reads a DHCP (or BOOTP) message from its first byte (op); short, cookie-less or truncated input gives an error value. */
export function decodeDhcp(bytes: Uint8Array): Parsed<DhcpMessage> {
  if (bytes.length === 0) return unparsable('DHCP message: empty')
  if (bytes.length < BOOTP_HEADER_BYTES + 4) return unparsable(`DHCP message: ${bytes.length} bytes, shorter than a BOOTP header`)
  const op = bytes[0]!
  if (op !== 1 && op !== 2) return unparsable(`DHCP message: op ${op} is neither a request (1) nor a reply (2)`)
  if (MAGIC_COOKIE.some((value, index) => bytes[BOOTP_HEADER_BYTES + index] !== value))
    return unparsable('DHCP message: no magic cookie after the BOOTP header')
  const options = readOptions(bytes, BOOTP_HEADER_BYTES + 4)
  if (!options.ok) return options
  const get = (code: number) => options.value.get(code) ?? null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const typeByte = get(53)?.[0]
  const messageType: DhcpMessageType = typeByte === undefined ? 'BOOTP' : ((DHCP_MESSAGE_TYPES[typeByte] || 'unknown') as DhcpMessageType)
  const ethernet = bytes[1] === 1 && bytes[2] === 6
  const four = (code: number) => {
    const data = get(code)
    return data && data.length >= 4 ? ipv4At(data, 0) : null
  }
  const lease = get(51)
  return parsed({
    op,
    xid: view.getUint32(4),
    broadcast: (view.getUint16(10) & 0x8000) !== 0,
    ciaddr: ipv4At(bytes, 12),
    yiaddr: ipv4At(bytes, 16),
    siaddr: ipv4At(bytes, 20),
    giaddr: ipv4At(bytes, 24),
    clientMac: ethernet ? [...bytes.subarray(28, 34)].map(byte => byte.toString(16).padStart(2, '0')).join(':') : null,
    messageType,
    serverId: four(54),
    subnetMask: four(1),
    routers: ipv4List(get(3) ?? new Uint8Array()),
    dnsServers: ipv4List(get(6) ?? new Uint8Array()),
    domainName: get(15) ? text(get(15)!) : null,
    hostName: get(12) ? text(get(12)!) : null,
    leaseSeconds: lease && lease.length >= 4 ? new DataView(lease.buffer, lease.byteOffset, 4).getUint32(0) : null,
    requestedAddress: four(50),
  })
}
