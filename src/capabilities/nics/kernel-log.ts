// Collects the kernel log's lines about this machine's network ports: dmesg, else journalctl -k, else /var/log/kern.log.
import {MiB} from '../../host/bounded-read.js'
import type {Host} from '../../host/host.js'
import {outcomeReason, type CommandOutcome} from '../../host/run-command.js'
import type {KernelLog, Port} from './facts.js'
import type {Gap} from '../../snapshot/snapshot.js'
import {wholeNameTest} from '../../text/patterns.js'

/** MAX_KERNEL_LINES bounds how many relevant lines a snapshot keeps (the newest). */
export const MAX_KERNEL_LINES = 300
/** KERN_LOG_BYTES is how much of the end of /var/log/kern.log is read: days of a busy machine's kernel messages. */
const KERN_LOG_BYTES = 16 * MiB
const SOURCES: {label: string; argv: string[]}[] = [
  {label: 'dmesg', argv: ['dmesg']},
  {label: 'journalctl -k', argv: ['journalctl', '-k', '-b', '--no-pager', '-o', 'short-monotonic', '-n', '5000']},
]
const ALWAYS_RELEVANT = ['NETDEV WATCHDOG']

/** relevantLines keeps the lines that name one of the ports, their PCI addresses or drivers (the newest MAX_KERNEL_LINES). */
export function relevantLines(text: string, ports: Port[]): string[] {
  const words = new Set<string>(ALWAYS_RELEVANT)
  for (const port of ports) {
    if (port.virtualType !== null) continue
    for (const word of [port.name, port.busId, port.driver]) if (word) words.add(word)
  }
  if (words.size === ALWAYS_RELEVANT.length) return []
  const names = wholeNameTest(words)
  return text.split('\n').filter(names).slice(-MAX_KERNEL_LINES)
}

/** logText is a source's output when it holds log lines, else the reason it does not. */
function logText(outcome: CommandOutcome): {text: string} | {reason: string} {
  if (outcome.kind !== 'ok') return {reason: outcomeReason(outcome)}
  return outcome.stdout.trim() === '' || outcome.stdout.startsWith('-- No entries --') ? {reason: 'no entries'} : {text: outcome.stdout}
}

/** RawKernelLog is the whole text of the first kernel log source that answered, or why none did. */
export type RawKernelLog = {source: string; text: string} | {problem: string}

/** readKernelLog reads `host`'s first kernel log source that answers: dmesg (root, or where dmesg_restrict is off), else the journal
 * (for members of adm or systemd-journal), else /var/log/kern.log. It needs no ports, so it can start at once. */
export async function readKernelLog(host: Host): Promise<RawKernelLog> {
  const reasons: string[] = []
  for (const source of SOURCES) {
    const log = logText(await host.commands.run(source.argv, {timeoutMs: 1000}))
    if ('text' in log) return {source: source.label, text: log.text}
    reasons.push(`${source.label}: ${log.reason}`)
  }
  const file = host.files.tail('/var/log/kern.log', KERN_LOG_BYTES)
  if (file.ok) return {source: '/var/log/kern.log', text: file.text}
  reasons.push(`/var/log/kern.log: ${file.message}`)
  return {problem: `${reasons.join('; ')} (reading the kernel log may need root or CAP_SYSLOG)`}
}

/** kernelLogAbout keeps the lines of a read kernel log that are about `ports`; null (with a gap) when none could be read. */
export function kernelLogAbout(raw: RawKernelLog, ports: Port[], gaps: Gap[]): KernelLog | null {
  if ('problem' in raw) {
    gaps.push({fact: 'kernel log', reason: raw.problem})
    return null
  }
  return {source: raw.source, lines: relevantLines(raw.text, ports)}
}
