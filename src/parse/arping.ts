// Reads iputils arping's output (run with LC_ALL=C): who answered ARP for an address, from which MACs.
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** ArpReply is one answer arping printed: the MAC that claimed the address and how long it took. */
export interface ArpReply {
  mac: string
  ms: number | null
}

/** ArpingText is what arping's output says: the source it asked from, every reply, and its own counts. */
export interface ArpingText {
  source: string | null
  replies: ArpReply[]
  sent: number | null
  received: number | null
  /** problemLine is arping's complaint on stderr ("arping: socket: Operation not permitted"). */
  problemLine: string | null
}

const HEADER = /^ARPING (\S+) from (\S+) (\S+)/
const REPLY = /^(?:Unicast|Broadcast) reply from (\S+) \[([0-9A-Fa-f:]{17})\](?:\s+([\d.]+)ms)?/
const SENT = /^Sent (\d+) probes?/
const RECEIVED = /^Received (\d+) responses?/

/** parseArping reads arping's stdout and stderr; empty or unrecognisable output gives an error value. */
export function parseArping(stdout: string, stderr: string): Parsed<ArpingText> {
  const lines = stdout
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  const problemLine =
    stderr
      .split('\n')
      .map(line => line.trim())
      .find(Boolean) ?? null
  if (lines.length === 0 && problemLine === null) return unparsable('arping: empty output')
  const text: ArpingText = {source: null, replies: [], sent: null, received: null, problemLine}
  let understood = problemLine !== null && /^(?=\S*: )\S*?arping/.test(problemLine)
  for (const line of lines) {
    const header = HEADER.exec(line)
    const reply = REPLY.exec(line)
    const sent = SENT.exec(line)
    const received = RECEIVED.exec(line)
    if (header) text.source = header[2] ?? null
    else if (reply) text.replies.push({mac: reply[2]!.toLowerCase(), ms: reply[3] !== undefined ? Number(reply[3]) : null})
    else if (sent) text.sent = Number(sent[1])
    else if (received) text.received = Number(received[1])
    else continue
    understood = true
  }
  return understood ? parsed(text) : unparsable(`arping: unrecognised output: ${lines[0] ?? problemLine}`)
}

/** distinctMacs lists each MAC that answered, in the order they first did. */
export function distinctMacs(replies: readonly ArpReply[]): string[] {
  return [...new Set(replies.map(reply => reply.mac))]
}
