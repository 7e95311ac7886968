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

/** ProcessCapabilities are what /proc/PID/status says of a process's privileges: its name, user and group ids (real, effective,
 * saved, filesystem), the five capability sets as 16 hex digits (ambient is null on kernels before 4.3), and no_new_privs (null
 * on kernels before 4.10). */
export interface ProcessCapabilities {
  name: string | null
  uid: number[]
  gid: number[]
  inheritable: string
  permitted: string
  effective: string
  bounding: string
  ambient: string | null
  noNewPrivs: boolean | null
}

function fieldOf(status: string, name: string): string | null {
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(status)
  return match ? match[1]!.trim() : null
}

function maskField(status: string, name: string): string | null {
  const value = fieldOf(status, name)
  return value !== null && /^[0-9a-f]{1,16}$/i.test(value) ? value.toLowerCase().padStart(16, '0') : null
}

function idsField(status: string, name: string): number[] {
  const value = fieldOf(status, name)
  return value !== null && /^\d+(\s+\d+){3}$/.test(value) ? value.split(/\s+/).map(Number) : []
}

/** parseProcessStatus reads /proc/PID/status: an error value when a capability set the kernel always prints is missing. */
export function parseProcessStatus(status: string): Parsed<ProcessCapabilities> {
  const sets = {
    inheritable: maskField(status, 'CapInh'),
    permitted: maskField(status, 'CapPrm'),
    effective: maskField(status, 'CapEff'),
    bounding: maskField(status, 'CapBnd'),
  }
  const missing = Object.entries({CapInh: sets.inheritable, CapPrm: sets.permitted, CapEff: sets.effective, CapBnd: sets.bounding})
    .filter(([, value]) => value === null)
    .map(([name]) => name)
  if (missing.length > 0) return unparsable(`process status: no readable ${missing.join(', ')} line`)
  const noNewPrivs = fieldOf(status, 'NoNewPrivs')
  return parsed({
    name: fieldOf(status, 'Name'),
    uid: idsField(status, 'Uid'),
    gid: idsField(status, 'Gid'),
    inheritable: sets.inheritable!,
    permitted: sets.permitted!,
    effective: sets.effective!,
    bounding: sets.bounding!,
    ambient: maskField(status, 'CapAmb'),
    noNewPrivs: noNewPrivs === '1' ? true : noNewPrivs === '0' ? false : null,
  })
}
