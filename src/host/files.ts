// Reading the machine's files (sysfs, procfs, /etc, logs) through the host root, with errors as values.
import {readdirSync, readlinkSync, realpathSync, existsSync, statSync} from 'node:fs'
import {basename} from 'node:path'
import {MiB, readRegularFile, type RegularRead} from './bounded-read.js'
import {hostPath, machinePath} from './root.js'

/** MAX_HOST_FILE_BYTES bounds one machine file netdoc reads whole (sysfs values, configuration, leases): far above any real one. */
export const MAX_HOST_FILE_BYTES = 4 * MiB

/** ReadFailure names why a file could not be read, in words a rule can act on. */
export type ReadFailure = 'missing' | 'denied' | 'invalid' | 'failed'

/** ReadResult is a file's text (`cut` when only part of it was read), or why it could not be read. */
export type ReadResult = {ok: true; text: string; cut: boolean} | {ok: false; failure: ReadFailure; message: string}

function failureOf(code: string): ReadFailure {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
  if (code === 'EACCES' || code === 'EPERM') return 'denied'
  if (code === 'EINVAL' || code === 'ENOTREG') return 'invalid'
  return 'failed'
}

function asText(read: RegularRead): ReadResult {
  return read.ok ? {ok: true, text: read.bytes.toString('utf8'), cut: read.cut} : {ok: false, failure: failureOf(read.code), message: read.message}
}

/** readHostFile reads a machine file (e.g. /sys/class/net/eth0/carrier) as text: a regular file, at most MAX_HOST_FILE_BYTES. */
export function readHostFile(path: string): ReadResult {
  return asText(readRegularFile(hostPath(path), MAX_HOST_FILE_BYTES))
}

/** readHostTail reads the last `maxBytes` of a machine file (a log's newest lines); `cut` says the older part was left unread. */
export function readHostTail(path: string, maxBytes: number): ReadResult {
  return asText(readRegularFile(hostPath(path), maxBytes, 'end'))
}

/** readHostBytes reads a binary machine file (e.g. a monitor's EDID), or null when it cannot be read. */
export function readHostBytes(path: string): Uint8Array | null {
  const read = readRegularFile(hostPath(path), MAX_HOST_FILE_BYTES)
  return read.ok ? new Uint8Array(read.bytes) : null
}

/** hostModifiedMs returns when a machine file was last written (ms since the epoch), or null when it is absent. */
export function hostModifiedMs(path: string): number | null {
  try {
    return statSync(hostPath(path)).mtimeMs
  } catch {
    return null
  }
}

/** readHostValue reads a one-line sysfs/procfs value, trimmed, or null when unreadable. */
export function readHostValue(path: string): string | null {
  const result = readHostFile(path)
  return result.ok ? result.text.trim() : null
}

/** listHostDir lists a machine directory's entries, or [] when it is absent or unreadable. */
export function listHostDir(path: string): string[] {
  try {
    return readdirSync(hostPath(path)).sort()
  } catch {
    return []
  }
}

/** listHostSubdirs lists a machine directory's subdirectories and links (e.g. the ports in /sys/class/net, not its plain files
 * such as bonding_masters), or [] when it is absent or unreadable. */
export function listHostSubdirs(path: string): string[] {
  try {
    return readdirSync(hostPath(path), {withFileTypes: true})
      .filter(entry => entry.isDirectory() || entry.isSymbolicLink())
      .map(entry => entry.name)
      .sort()
  } catch {
    return []
  }
}

/** hostExists tells whether a machine path exists. */
export function hostExists(path: string): boolean {
  return existsSync(hostPath(path))
}

/** resolveHostPath follows links and returns the machine path it ends at, or null. */
export function resolveHostPath(path: string): string | null {
  try {
    return machinePath(realpathSync(hostPath(path)))
  } catch {
    return null
  }
}

/** linkName returns the last component a symlink points at (e.g. a driver's name), or null. */
export function linkName(path: string): string | null {
  try {
    return basename(readlinkSync(hostPath(path)))
  } catch {
    return null
  }
}
