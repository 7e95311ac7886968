// Writing the one kind of file netdoc writes: a file the person named with -o (a snapshot, a report). Mode 0600, because it holds
// addresses, MACs and names; created exclusively, so a symlink planted in a shared folder such as /tmp is never followed.
import {accessSync, closeSync, constants, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'

/** OUTPUT_MODE is the permission of every file netdoc writes: readable and writable by its owner only. */
export const OUTPUT_MODE = 0o600

/** outputPathProblem says why netdoc cannot write `path` at all (its folder is missing, is not a folder, or is not writable; the
 * path is a folder), or null. Whether an existing file may be replaced is outputExistsProblem's question. */
export function outputPathProblem(path: string): string | null {
  if (path === '') return 'the -o file name is empty'
  const folder = dirname(resolve(path))
  try {
    if (!statSync(folder).isDirectory()) return `cannot write ${path}: ${folder} is not a folder`
  } catch {
    return `cannot write ${path}: the folder ${folder} does not exist`
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK)
  } catch {
    return `cannot write ${path}: not permitted to write in ${folder}`
  }
  try {
    if (lstatSync(path).isDirectory()) return `${path} is a folder: name a file in it, e.g. ${join(path, 'netdoc-report.md')}`
  } catch {
    // it does not exist yet: the usual case
  }
  return null
}

/** outputExistsProblem says why `path` must not be written now: it exists and `force` is off, or it is something other than a
 * file or a symlink (which --force replaces, never writes through); null when it may be written. */
export function outputExistsProblem(path: string, force: boolean): string | null {
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return null
  }
  if (!stat.isFile() && !stat.isSymbolicLink()) return `${path} exists and is not a file; name another file`
  return force ? null : `${path} already exists: name another file, or add --force to replace it`
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text)
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset)
}

/** writeOutputFile writes `text` to `path` with mode 0600: created exclusively (O_EXCL, so never through a symlink); with `force` it
 * is written to a new file beside it and renamed over it (replacing a symlink, never following it). */
export function writeOutputFile(path: string, text: string, force: boolean): {ok: true} | {ok: false; error: string} {
  const problem = outputPathProblem(path) ?? outputExistsProblem(path, force)
  if (problem) return {ok: false, error: problem}
  const target = force ? join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`) : path
  let fd: number
  try {
    fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, OUTPUT_MODE)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      error:
        code === 'EEXIST'
          ? `${path} already exists: name another file, or add --force to replace it`
          : `cannot write ${path}: ${(error as Error).message}`,
    }
  }
  try {
    writeAll(fd, text)
    closeSync(fd)
    if (force) renameSync(target, path)
    return {ok: true}
  } catch (error) {
    try {
      closeSync(fd)
    } catch {
      // already closed
    }
    try {
      unlinkSync(target)
    } catch {
      // nothing was left
    }
    return {ok: false, error: `cannot write ${path}: ${(error as Error).message}`}
  }
}
