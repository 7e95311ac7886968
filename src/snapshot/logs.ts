// The logs a snapshot carries (the kernel's lines about the ports, the X server log), for `netdoc explain --from`.
import type {Snapshot} from './snapshot.js'

/** SnapshotLog is one log held in a snapshot: where it was read, and its text. */
export interface SnapshotLog {
  name: string
  text: string
}

/** snapshotLogs lists the logs a snapshot holds, kernel log first; none when it holds no log. */
export function snapshotLogs(snapshot: Snapshot): SnapshotLog[] {
  const logs: SnapshotLog[] = []
  const kernel = snapshot.nics?.kernelLog
  if (kernel && kernel.lines.length > 0) logs.push({name: `kernel log (${kernel.source})`, text: kernel.lines.join('\n')})
  const x = snapshot.displays?.xLog
  if (x && x.text.trim() !== '') logs.push({name: `X server log (${x.path})`, text: x.text})
  return logs
}
