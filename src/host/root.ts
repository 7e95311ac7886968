// Where the machine's files are read from: the live system, or a recorded tree under NETDOC_ROOT.
import {existsSync, statSync} from 'node:fs'
import {join, relative, isAbsolute} from 'node:path'

/** hostRoot returns the directory that stands for `/`: NETDOC_ROOT when set, else `/`. */
export function hostRoot(): string {
  const root = process.env.NETDOC_ROOT
  return root && root.length > 0 ? root : '/'
}

/** isRecordedTree tells whether netdoc reads a recorded tree instead of the live machine. */
export function isRecordedTree(): boolean {
  return hostRoot() !== '/'
}

/** hostPath maps an absolute machine path such as /sys/class/net to where it is read from. */
export function hostPath(machinePath: string): string {
  const root = hostRoot()
  return root === '/' ? machinePath : join(root, machinePath)
}

/** machinePath maps a path under the host root back to the path the machine would show. */
export function machinePath(readPath: string): string {
  const root = hostRoot()
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
