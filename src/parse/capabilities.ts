// Parses Linux capability text: a program's file capabilities (`getcap`) and a process's effective set (/proc/<pid>/status).
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** CAP_NET_RAW is the capability bit that allows raw and packet sockets (ping, arping, tcpdump). */
export const CAP_NET_RAW = 13

/** parseGetcap reads `getcap <file>` output ("/usr/bin/ping cap_net_raw=ep" or the older "/bin/ping = cap_net_raw+ep"):
 * the capability text, or null when the file has none (getcap prints nothing). */
export function parseGetcap(text: string): Parsed<string | null> {
  const line = text
    .split('\n')
    .map(l => l.trim())
    .find(Boolean)
  if (line === undefined) return parsed(null)
  const match = /^\S+\s+(?:=\s+)?(\S.*)$/.exec(line)
  return match ? parsed(match[1]!) : unparsable(`getcap: unrecognised output: ${line}`)
}

/** grantsNetRaw tells whether capability text such as "cap_net_admin,cap_net_raw+p" gives CAP_NET_RAW in the permitted set. */
export function grantsNetRaw(capabilities: string | null): boolean {
  if (!capabilities) return false
  return capabilities.split(/\s+/).some(clause => {
    const match = /^([a-z_,]*)[=+]([eip]*)/.exec(clause)
    return (
      match !== null && (match[1]!.split(',').includes('cap_net_raw') || match[1] === 'all' || match[1] === '') && match[2]!.includes('p')
    )
  })
}

/** parseEffectiveCapabilities reads the CapEff line of /proc/<pid>/status as a bit set. */
export function parseEffectiveCapabilities(status: string): Parsed<bigint> {
  const match = /^CapEff:\s*([0-9a-f]+)$/im.exec(status)
  return match ? parsed(BigInt(`0x${match[1]}`)) : unparsable('/proc/self/status: no CapEff line')
}

/** hasCapability tells whether a capability bit is in a set. */
export function hasCapability(set: bigint, bit: number): boolean {
  return (set & (1n << BigInt(bit))) !== 0n
}
