// Reading the machine's files (sysfs, procfs, /etc, logs) through the host root, with errors as values.
import {readFileSync, readdirSync, readlinkSync, realpathSync, existsSync, statSync} from 'node:fs'
import {basename} from 'node:path'
import {hostPath, machinePath} from './root.js'

/** ReadFailure names why a file could not be read, in words a rule can act on. */
export type ReadFailure = 'missing' | 'denied' | 'invalid' | 'failed'

/** ReadResult is a file's text, or why it could not be read. */
export type ReadResult = {ok: true; text: string} | {ok: false; failure: ReadFailure; message: string}

function failureOf(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
  if (code === 'EACCES' || code === 'EPERM') return 'denied'
  if (code === 'EINVAL') return 'invalid'
  return 'failed'
}

/** readHostFile reads a machine file (e.g. /sys/class/net/eth0/carrier) as text. */
export function readHostFile(path: string): ReadResult {
  try {
    return {ok: true, text: readFileSync(hostPath(path), 'utf8')}
  } catch (error) {
    return {ok: false, failure: failureOf(error), message: (error as Error).message}
  }
}

/** readHostBytes reads a binary machine file (e.g. a monitor's EDID), or null when it cannot be read. */
export function readHostBytes(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(hostPath(path)))
  } catch {
    return null
  }
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
