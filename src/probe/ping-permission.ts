// What decides whether this user may send ICMP echo: CAP_NET_RAW, the ping binary's capabilities or set-uid bit, and ping_group_range.
import type {HostFiles} from '../host/files.js'
import type {Host} from '../host/host.js'
import {CAP_NET_RAW, hasCapability, parseEffectiveCapabilities, parseGetcap} from '../parse/capabilities.js'
import type {PingPermission} from '../capabilities/ping/facts.js'

/** GETCAP_PLACES: getcap lives in an sbin directory, which an ordinary user's PATH often leaves out. */
const GETCAP_PLACES = ['getcap', '/usr/sbin/getcap', '/sbin/getcap']

function groupRange(files: HostFiles): [number, number] | null {
  const text = files.value('/proc/sys/net/ipv4/ping_group_range')
  const match = text ? /^(\d+)\s+(\d+)$/.exec(text) : null
  return match ? [Number(match[1]), Number(match[2])] : null
}

function processHasNetRaw(files: HostFiles): boolean | null {
  const status = files.read('/proc/self/status')
  if (!status.ok) return null
  const capabilities = parseEffectiveCapabilities(status.text)
  return capabilities.ok ? hasCapability(capabilities.value, CAP_NET_RAW) : null
}

/** readPingPermission gathers this user's ids, its CAP_NET_RAW and the ICMP group range; with `inspectProgram` it also
 * finds ping on PATH and reads its set-uid bit and file capabilities (getcap), which explains a refused ping. */
export async function readPingPermission(host: Host, inspectProgram: boolean): Promise<PingPermission> {
  const gids = [...new Set([process.getgid?.() ?? -1, ...(process.getgroups?.() ?? [])])].filter(gid => gid >= 0)
  const permission: PingPermission = {
    uid: process.getuid?.() ?? -1,
    gids,
    netRaw: processHasNetRaw(host.files),
    groupRange: groupRange(host.files),
    program: null,
    capabilities: null,
    setuid: null,
  }
  if (!inspectProgram) return permission
  const located = host.commands.locate('ping')
  if (!('path' in located)) return permission
  permission.program = located.path
  permission.setuid = located.setuid
  const getcapPath = GETCAP_PLACES.map(place => host.commands.locate(place)).find(found => 'path' in found)
  const getcap = await host.commands.run([getcapPath && 'path' in getcapPath ? getcapPath.path : 'getcap', located.path], {timeoutMs: 1000})
  if (getcap.kind === 'ok') {
    const capabilities = parseGetcap(getcap.stdout)
    permission.capabilities = capabilities.ok ? (capabilities.value ?? '') : null
  }
  return permission
}
