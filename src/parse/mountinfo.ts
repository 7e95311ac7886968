// Parses /proc/PID/mountinfo (proc(5)): each mount's mount point (octal escapes such as \040 decoded) and its per-mount options.

/** Mount is one line of mountinfo: where it is mounted, and its per-mount options (rw, nosuid, nodev…). */
export interface Mount {
  point: string
  options: string[]
}

function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)))
}

/** parseMountinfo reads the mounts in order; a line without its fields is skipped. */
export function parseMountinfo(text: string): Mount[] {
  return text.split('\n').flatMap(line => {
    const fields = line.split(' ')
    if (fields.length < 7 || !/^\d+$/.test(fields[0]!) || !fields[4]!.startsWith('/')) return []
    return [{point: unescape(fields[4]!), options: fields[5]!.split(',')}]
  })
}

/** mountOf is the mount a path lies on: the last mounted of the longest mount points that hold it (a later mount hides an earlier one). */
export function mountOf(mounts: readonly Mount[], path: string): Mount | null {
  let best: Mount | null = null
  for (const mount of mounts) {
    const holds = mount.point === '/' || path === mount.point || path.startsWith(`${mount.point}/`)
    if (holds && (best === null || mount.point.length >= best.point.length)) best = mount
  }
  return best
}
