// Reading a machine's files (sysfs, procfs, /etc, logs) under its root (`/`, or a recorded tree), with errors as values.
import {readdirSync, readlinkSync, realpathSync, existsSync, lstatSync, statSync} from 'node:fs'
import {basename} from 'node:path'
import {MiB, readRegularFile, type RegularRead} from './bounded-read.js'
import {machinePathUnder, pathUnder} from './root.js'

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
  return read.ok
    ? {ok: true, text: read.bytes.toString('utf8'), cut: read.cut}
    : {ok: false, failure: failureOf(read.code), message: read.message}
}

/** FileEntry is what a machine path is, without following a link there: its type, permission bits (with set-uid and set-gid) and
 * owner. */
export interface FileEntry {
  type: 'file' | 'symlink' | 'directory' | 'other'
  mode: number
  uid: number
  gid: number
}

/** HostFiles reads one machine's files by their machine paths (/sys/class/net/eth0/carrier), with errors as values. */
export interface HostFiles {
  /** read reads a machine file as text: a regular file, at most MAX_HOST_FILE_BYTES. */
  read(path: string): ReadResult
  /** reading reads the Nth reading (from 1) of a file that changes between readings (/proc/net/wireless' signal): the live machine
   * reads it again; a recorded tree keeps its later readings as `<path>.N`, and replays the file itself for one not kept. */
  reading(path: string, reading: number): ReadResult
  /** head reads the first `maxBytes` of a machine file (a script's `#!` line); `cut` says the rest was left unread. */
  head(path: string, maxBytes: number): ReadResult
  /** tail reads the last `maxBytes` of a machine file (a log's newest lines); `cut` says the older part was left unread. */
  tail(path: string, maxBytes: number): ReadResult
  /** bytes reads a binary machine file (e.g. a monitor's EDID), or null when it cannot be read. */
  bytes(path: string): Uint8Array | null
  /** value reads a one-line sysfs/procfs value, trimmed, or null when unreadable. */
  value(path: string): string | null
  /** list lists a machine directory's entries, sorted, or [] when it is absent or unreadable. */
  list(path: string): string[]
  /** subdirs lists a machine directory's subdirectories and links (the ports in /sys/class/net, not bonding_masters). */
  subdirs(path: string): string[]
  /** exists tells whether a machine path exists. */
  exists(path: string): boolean
  /** realpath follows links and returns the machine path it ends at, or null. */
  realpath(path: string): string | null
  /** entry tells what a machine path is without following a link there (lstat), or null when it is absent or unreadable. */
  entry(path: string): FileEntry | null
  /** linkTarget returns what a symlink holds, as written (relative or absolute), or null when the path is no symlink. */
  linkTarget(path: string): string | null
  /** linkName returns the last component a symlink points at (e.g. a driver's name), or null. */
  linkName(path: string): string | null
  /** modifiedMs returns when a machine file was last written (ms since the epoch), or null when it is absent. */
  modifiedMs(path: string): number | null
}

/** filesUnder reads the machine whose `/` is `root`: the live system for `/`, else a recorded tree. */
export function filesUnder(root: string): HostFiles {
  const at = (path: string) => pathUnder(root, path)
  const read = (path: string) => asText(readRegularFile(at(path), MAX_HOST_FILE_BYTES))
  const recorded = root !== '/'
  return {
    read,
    reading: (path, reading) => {
      const later = recorded && reading > 1 ? read(`${path}.${reading}`) : null
      return later?.ok ? later : read(path)
    },
    head: (path, maxBytes) => asText(readRegularFile(at(path), maxBytes)),
    tail: (path, maxBytes) => asText(readRegularFile(at(path), maxBytes, 'end')),
    bytes(path) {
      const bytes = readRegularFile(at(path), MAX_HOST_FILE_BYTES)
      return bytes.ok ? new Uint8Array(bytes.bytes) : null
    },
    value(path) {
      const result = read(path)
      return result.ok ? result.text.trim() : null
    },
    list: path => attempt(() => readdirSync(at(path)).sort(), []),
    subdirs: path =>
      attempt(
        () =>
          readdirSync(at(path), {withFileTypes: true})
            .filter(entry => entry.isDirectory() || entry.isSymbolicLink())
            .map(entry => entry.name)
            .sort(),
        [],
      ),
    exists: path => existsSync(at(path)),
    realpath: path => attempt(() => machinePathUnder(root, realpathSync(at(path))), null),
    entry: path =>
      attempt(() => {
        const stat = lstatSync(at(path))
        const type = stat.isFile() ? 'file' : stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : 'other'
        return {type, mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid}
      }, null),
    linkTarget: path => attempt(() => readlinkSync(at(path)), null),
    linkName: path => attempt(() => basename(readlinkSync(at(path))), null),
    modifiedMs: path => attempt(() => statSync(at(path)).mtimeMs, null),
  }
}

function attempt<T>(work: () => T, otherwise: T): T {
  try {
    return work()
  } catch {
    return otherwise
  }
}
