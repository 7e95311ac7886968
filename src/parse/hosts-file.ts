// Parses /etc/hosts: fixed addresses for names, which the resolver consults before DNS.
import {isIpAddress} from '../net/address.js'
import {parsed, type Parsed} from './parse-result.js'

/** HostsEntry is one line of /etc/hosts: an address and the names that stand for it. */
export interface HostsEntry {
  address: string
  names: string[]
}

/** parseHostsFile reads /etc/hosts text; lines that are not "address name…" with a real IPv4 or IPv6 address (`cafe`, `1.2.3`,
 * `192.168.1.300` are not) are skipped, as the C library does. */
export function parseHostsFile(text: string): Parsed<HostsEntry[]> {
  const entries: HostsEntry[] = []
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#')
    const [address, ...names] = (hash === -1 ? raw : raw.slice(0, hash)).trim().split(/\s+/)
    if (address && names.length > 0 && isIpAddress(address)) entries.push({address, names})
  }
  return parsed(entries)
}

/** hostsAddresses returns the addresses /etc/hosts gives a name (case-insensitive, a final dot ignored). */
export function hostsAddresses(entries: readonly HostsEntry[], name: string): string[] {
  const wanted = name.replace(/\.$/, '').toLowerCase()
  return entries.filter(entry => entry.names.some(n => n.toLowerCase() === wanted)).map(entry => entry.address)
}
