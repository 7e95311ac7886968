// Where the machine's files are read from: the live system, or a recorded tree under NETDOC_ROOT.
import {existsSync, statSync} from 'node:fs'
import {join, relative, isAbsolute} from 'node:path'

/** hostRoot returns the directory that stands for `/`: NETDOC_ROOT when set, else `/`. */
export function hostRoot(): string {
  const root = process.env.NETDOC_ROOT
  return root && root.length > 0 ? root : '/'
}

/** pathUnder maps an absolute machine path such as /sys/class/net to where it is read from under `root`. */
export function pathUnder(root: string, machinePath: string): string {
  return root === '/' ? machinePath : join(root, machinePath)
}

/** machinePathUnder maps a path read under `root` back to the path the machine would show. */
export function machinePathUnder(root: string, readPath: string): string {
  if (root === '/') return readPath
  const rel = relative(root, readPath)
  return isAbsolute(rel) || rel.startsWith('..') ? readPath : '/' + rel
}

/** rootProblem says why NETDOC_ROOT cannot be used, or returns null when it can. */
export function rootProblem(): string | null {
  const root = hostRoot()
  if (root === '/') return null
  if (!existsSync(root)) return `NETDOC_ROOT points at ${root}, which does not exist`
  if (!statSync(root).isDirectory()) return `NETDOC_ROOT points at ${root}, which is not a directory`
  return null
}
