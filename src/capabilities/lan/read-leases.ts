// Finds and reads the DHCP lease files of dhclient, NetworkManager, systemd-networkd and dhcpcd, each tied to its port.
import type {HostFiles} from '../../host/files.js'
import {parseDhclientLeases, parseDhcpcdLease, parseKeyValueLease, type LeaseText} from '../../parse/dhcp-lease.js'
import type {Parsed} from '../../parse/parse-result.js'
import type {Lease, LeaseSource} from './facts.js'
import type {Gap} from '../../snapshot/snapshot.js'
import {escapeRegExp} from '../../text/patterns.js'

/** LEASE_DIRS are where each client keeps its leases on Debian, Ubuntu, Fedora/RHEL, Raspberry Pi OS and Arch. */
export const LEASE_DIRS: {dir: string; source: LeaseSource | 'by-name'; pattern: RegExp}[] = [
  {dir: '/var/lib/dhcp', source: 'dhclient', pattern: /^dhclient.*\.leases?$/},
  {dir: '/var/lib/dhclient', source: 'dhclient', pattern: /\.leases?$/},
  {dir: '/var/lib/NetworkManager', source: 'by-name', pattern: /^(dhclient|internal)-.*\.lease$/},
  {dir: '/run/systemd/netif/leases', source: 'networkd', pattern: /^\d+$/},
  {dir: '/var/lib/dhcpcd', source: 'dhcpcd', pattern: /\.lease$/},
  {dir: '/var/lib/dhcpcd5', source: 'dhcpcd', pattern: /\.lease$/},
]

/** portOfFileName finds the port a lease file is named after (dhclient.eth0.leases, internal-<uuid>-eth0.lease,
 * dhcpcd-eth0.lease, wlan0-MyWifi.lease): the longest port name that the name holds as a whole word. */
export function portOfFileName(fileName: string, ports: readonly string[]): string | null {
  const words = fileName.replace(/\.leases?$/, '')
  const candidates = ports.filter(port => new RegExp(`(^|[.-])${escapeRegExp(port)}($|[.-])`).test(words))
  return candidates.sort((a, b) => b.length - a.length)[0] ?? null
}

function readText(files: HostFiles, path: string, parse: (text: string) => Parsed<LeaseText>): Parsed<LeaseText> {
  const file = files.read(path)
  return file.ok ? parse(file.text) : {ok: false, error: `${path}: ${file.message}`}
}

function newestDhclient(text: string): Parsed<LeaseText> {
  const leases = parseDhclientLeases(text)
  return leases.ok ? {ok: true, value: leases.value.at(-1)!} : leases
}

function readOne(files: HostFiles, path: string, source: LeaseSource): Parsed<LeaseText> {
  if (source === 'dhclient') return readText(files, path, newestDhclient)
  if (source === 'dhcpcd') {
    const bytes = files.bytes(path)
    return bytes ? parseDhcpcdLease(bytes) : {ok: false, error: `${path}: cannot be read`}
  }
  return readText(files, path, parseKeyValueLease)
}

/** readLeases reads every lease file found, ties it to a port (by the file's interface line, its name, or networkd's ifindex),
 * and records unreadable or damaged files as gaps. */
export function readLeases(files: HostFiles, ports: readonly string[], gaps: Gap[]): Lease[] {
  const byIndex = new Map(ports.map(port => [files.value(`/sys/class/net/${port}/ifindex`), port]))
  const leases: Lease[] = []
  for (const {dir, source: declared, pattern} of LEASE_DIRS) {
    for (const name of files.list(dir).filter(entry => pattern.test(entry))) {
      const path = `${dir}/${name}`
      const source: LeaseSource = declared !== 'by-name' ? declared : name.startsWith('dhclient') ? 'dhclient' : 'networkmanager'
      const result = readOne(files, path, source)
      if (!result.ok) {
        gaps.push({fact: `DHCP lease ${path}`, reason: result.error})
        continue
      }
      const dev = result.value.dev ?? (source === 'networkd' ? (byIndex.get(name) ?? null) : portOfFileName(name, ports))
      const modified = files.modifiedMs(path)
      leases.push({...result.value, dev, source, path, writtenAt: modified === null ? null : new Date(modified).toISOString()})
    }
  }
  return leases
}
