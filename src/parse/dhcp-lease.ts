// Reads DHCP client lease files: dhclient's `lease { … }` blocks, systemd-networkd's and NetworkManager's KEY=VALUE files,
// and dhcpcd's binary lease (the server's DHCP message, read with the packet decoder).
import {isIpv4} from '../net/address.js'
import type {Lease} from '../capabilities/lan/facts.js'
import {decodeDhcp} from './dhcp-packet.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** LeaseText is what one lease says; facts the file does not hold are null (or empty lists). It is the snapshot's Lease
 * (src/capabilities/lan/schema.ts) without where and when the file was read. */
export type LeaseText = Omit<Lease, 'source' | 'path' | 'writtenAt'>

function emptyLease(): LeaseText {
  return {
    dev: null,
    address: null,
    subnetMask: null,
    routers: [],
    dnsServers: [],
    serverId: null,
    leaseSeconds: null,
    domainName: null,
    expires: null,
  }
}

function addresses(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map(part => part.trim())
    .filter(part => isIpv4(part))
}

function unquote(text: string): string {
  return text.trim().replace(/^"(.*)"$/, '$1')
}

/** isoTime writes a time (milliseconds since 1970) in ISO 8601, or null for one a Date cannot hold (NaN, past the year 275760). */
function isoTime(time: number): string | null {
  const date = new Date(time)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** dhclientDate reads `4 2018/01/04 10:02:19` (weekday, date, time in UTC) or `epoch 1515060139`; `never` and garbage give null. */
export function dhclientDate(text: string): string | null {
  const epoch = /^epoch\s+(\d+)/.exec(text.trim())
  if (epoch) return isoTime(Number(epoch[1]) * 1000)
  const dated = /^\d\s+(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})/.exec(text.trim())
  if (!dated) return null
  const [, year, month, day, hour, minute, second] = dated.map(Number) as number[]
  return isoTime(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!))
}

function readDhclientStatement(lease: LeaseText, statement: string): void {
  const option = /^option\s+([a-z0-9-]+)\s+(.*)$/i.exec(statement)
  if (option) {
    const [, name, value] = option as unknown as [string, string, string]
    if (name === 'subnet-mask') lease.subnetMask = addresses(value)[0] ?? null
    else if (name === 'routers') lease.routers = addresses(value)
    else if (name === 'domain-name-servers') lease.dnsServers = addresses(value)
    else if (name === 'dhcp-server-identifier') lease.serverId = addresses(value)[0] ?? null
    else if (name === 'dhcp-lease-time') lease.leaseSeconds = /^\d+$/.test(value.trim()) ? Number(value.trim()) : null
    else if (name === 'domain-name') lease.domainName = unquote(value)
    return
  }
  const [keyword = '', ...rest] = statement.split(/\s+/)
  const value = rest.join(' ')
  if (keyword === 'interface') lease.dev = unquote(value)
  else if (keyword === 'fixed-address') lease.address = addresses(value)[0] ?? null
  else if (keyword === 'expire') lease.expires = dhclientDate(value)
}

/** parseDhclientLeases reads a dhclient lease file: every `lease { … }` block in file order (the last is the newest).
 * A file with no lease block, or a block never closed, gives an error value. */
export function parseDhclientLeases(text: string): Parsed<LeaseText[]> {
  const withoutComments = text.replace(/#[^\n]*/g, '')
  if (withoutComments.trim() === '') return unparsable('dhclient lease file: empty')
  const leases: LeaseText[] = []
  const opening = /lease\s*\{/g
  for (let match = opening.exec(withoutComments); match !== null; match = opening.exec(withoutComments)) {
    const close = withoutComments.indexOf('}', opening.lastIndex)
    if (close === -1) return unparsable('dhclient lease file: a lease block is cut short (no closing brace)')
    const lease = emptyLease()
    const body = withoutComments.slice(opening.lastIndex, close)
    for (const statement of body
      .split(';')
      .map(part => part.trim().replace(/\s+/g, ' '))
      .filter(Boolean))
      readDhclientStatement(lease, statement)
    leases.push(lease)
    opening.lastIndex = close + 1
  }
  if (leases.length === 0) return unparsable('dhclient lease file: no lease { … } block')
  return parsed(leases)
}

/** parseKeyValueLease reads systemd-networkd's lease (/run/systemd/netif/leases/<ifindex>) or NetworkManager's internal one
 * (ADDRESS= only, in recent versions): KEY=VALUE lines under "# This is private data. Do not parse.". Without ADDRESS it is an error. */
export function parseKeyValueLease(text: string): Parsed<LeaseText> {
  const values = new Map<string, string>()
  for (const line of text.split('\n')) {
    const pair = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim())
    if (pair) values.set(pair[1]!, pair[2]!.trim())
  }
  const address = values.get('ADDRESS')
  if (address === undefined || !isIpv4(address))
    return unparsable(text.trim() === '' ? 'lease file: empty' : 'lease file: no IPv4 ADDRESS= line')
  const lifetime = values.get('LIFETIME')
  return parsed({
    ...emptyLease(),
    address,
    subnetMask: addresses(values.get('NETMASK') ?? '')[0] ?? null,
    routers: addresses(values.get('ROUTER') ?? ''),
    dnsServers: addresses(values.get('DNS') ?? ''),
    serverId: addresses(values.get('SERVER_ADDRESS') ?? '')[0] ?? null,
    leaseSeconds: lifetime !== undefined && /^\d+$/.test(lifetime) ? Number(lifetime) : null,
    domainName: values.get('DOMAINNAME') ?? null,
  })
}

/** parseDhcpcdLease reads dhcpcd's binary lease file, which holds the server's DHCP message (the ACK) as it arrived. */
export function parseDhcpcdLease(bytes: Uint8Array): Parsed<LeaseText> {
  const message = decodeDhcp(bytes)
  if (!message.ok) return unparsable(`dhcpcd lease: ${message.error}`)
  const value = message.value
  return parsed({
    ...emptyLease(),
    address: value.yiaddr === '0.0.0.0' ? null : value.yiaddr,
    subnetMask: value.subnetMask,
    routers: value.routers,
    dnsServers: value.dnsServers,
    serverId: value.serverId,
    leaseSeconds: value.leaseSeconds,
    domainName: value.domainName,
  })
}
