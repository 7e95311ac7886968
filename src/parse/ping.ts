// Reads iputils ping's output (run with LC_ALL=C) and decides its outcome, exit code first and text second.
import type {PingOutcome, PingProbe, RoundTrip} from '../capabilities/ping/facts.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

export type {PingOutcome, RoundTrip}

/** PingText is what ping's output says: its counts, timings and the lines that explain a failure. */
export interface PingText {
  sent: number | null
  received: number | null
  errors: number | null
  lossPercent: number | null
  rtt: RoundTrip | null
  /** replyLine is the first echo reply ("64 bytes from …"). */
  replyLine: string | null
  /** icmpErrorLine is the first ICMP error ("From 192.168.0.5 icmp_seq=1 Destination Host Unreachable"). */
  icmpErrorLine: string | null
  /** summaryLine is "N packets transmitted, M received, …". */
  summaryLine: string | null
  /** problemLine is ping's own complaint on stderr ("ping: socket: Operation not permitted"). */
  problemLine: string | null
}

/** PingSummary is the decided outcome of one ping run, with the one line of output that shows it (a PingProbe without its run). */
export type PingSummary = Omit<PingProbe, 'address' | 'argv'>

const SUMMARY =
  /(?<!\d)(\d+) packets transmitted, (\d+) (?:packets )?received(?:, \+(\d+) errors)?(?:, \+\d+ duplicates)?(?:, ([\d.]+)% packet loss)?/
const RTT = /= ([\d.]+)\/([\d.]+)\/([\d.]+)\//
const REPLY = /^\d+ bytes from .*time[=<]/
const ICMP_ERROR = /^(?=[^\r\u2028\u2029]*$)From \S.* icmp_seq=\d+ ./

const NOT_PERMITTED =
  /socket: Operation not permitted|socket: Permission denied|missing cap_net_raw|must be root|^(?:(?!Operation not permitted).)*Operation not permitted.*socket/im
const DNS_FAILURE =
  /Name or service not known|Temporary failure in name resolution|No address associated with hostname|Name has no usable address|unknown host/i
const NO_ROUTE = /(connect|sendmsg|sendto): (Network is unreachable|No route to host)/

/** parsePingText reads ping's stdout and stderr together; empty or unrecognisable output gives an error value. */
export function parsePingText(stdout: string, stderr: string): Parsed<PingText> {
  const lines = `${stdout}\n${stderr}`
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  if (lines.length === 0) return unparsable('ping: empty output')
  const summaryLine = lines.find(line => SUMMARY.test(line)) ?? null
  const summary = summaryLine ? SUMMARY.exec(summaryLine) : null
  const rttMatch =
    lines.map(line => (line.startsWith('rtt') || line.startsWith('round-trip') ? RTT.exec(line) : null)).find(Boolean) ?? null
  const problemLine =
    stderr
      .split('\n')
      .map(line => line.trim())
      .find(line => line !== '' && !/socktype:/.test(line)) ?? null
  const text: PingText = {
    sent: summary ? Number(summary[1]) : null,
    received: summary ? Number(summary[2]) : null,
    errors: summary ? Number(summary[3] ?? 0) : null,
    lossPercent: summary?.[4] !== undefined ? Number(summary[4]) : null,
    rtt: rttMatch ? {minMs: Number(rttMatch[1]), avgMs: Number(rttMatch[2]), maxMs: Number(rttMatch[3])} : null,
    replyLine: lines.find(line => REPLY.test(line)) ?? null,
    icmpErrorLine: lines.find(line => ICMP_ERROR.test(line)) ?? null,
    summaryLine,
    problemLine,
  }
  const understood = text.summaryLine || text.replyLine || text.icmpErrorLine || (problemLine && /^(?=\S*: )\S*?ping/.test(problemLine))
  return understood ? parsed(text) : unparsable(`ping: unrecognised output: ${lines[0]}`)
}

function summaryOf(outcome: PingOutcome, text: PingText | null, line: string | null): PingSummary {
  return {
    outcome,
    sent: text?.sent ?? null,
    received: text?.received ?? null,
    lossPercent: text?.lossPercent ?? null,
    rtt: text?.rtt ?? null,
    line,
  }
}

function firstLine(stdout: string, stderr: string): string | null {
  return (
    `${stderr}\n${stdout}`
      .split('\n')
      .map(line => line.trim())
      .find(Boolean) ?? null
  )
}

/** decidePing turns a finished ping run into an outcome: the exit code decides (0 replied, 1 no reply, 2 an error),
 * and the text, when it can be read, tells the kind of error; unreadable (e.g. translated) text falls back on the exit code. */
export function decidePing(exitCode: number, stdout: string, stderr: string): PingSummary {
  const read = parsePingText(stdout, stderr)
  const text = read.ok ? read.value : null
  if (exitCode === 0) return summaryOf('reply', text, text?.replyLine ?? text?.summaryLine ?? firstLine(stdout, stderr))
  if (exitCode === 1) {
    if (text?.icmpErrorLine || (text?.errors ?? 0) > 0)
      return summaryOf('unreachable', text, text?.icmpErrorLine ?? text?.summaryLine ?? null)
    return summaryOf('no-reply', text, text?.summaryLine ?? firstLine(stdout, stderr))
  }
  const problem = text?.problemLine ?? firstLine(stdout, stderr)
  if (problem && NOT_PERMITTED.test(`${stderr}`)) return summaryOf('not-permitted', text, problem)
  if (problem && DNS_FAILURE.test(problem)) return summaryOf('dns-failure', text, problem)
  if (problem && NO_ROUTE.test(problem)) return summaryOf('unreachable', text, problem)
  return summaryOf('failed', text, problem)
}
