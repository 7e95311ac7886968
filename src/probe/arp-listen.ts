// Passive ARP listening with tcpdump: hears who asks for which address (a stale host calling its old gateway) without sending anything.
import type {Host} from '../host/host.js'
import {outcomeReason, type CommandOutcome} from '../host/run-command.js'
import {parseTcpdumpArp} from '../parse/tcpdump-arp.js'
import type {Listening} from '../capabilities/ping/facts.js'

/** ListenOptions say on which host, where and how long to listen; `signal` ends the listening early (e.g. when the other probes are done). */
export interface ListenOptions {
  host: Host
  devs: string[]
  windowMs: number
  signal?: AbortSignal
}

/** ListenProblem says why one port could not be listened on (tcpdump missing, or no CAP_NET_RAW). */
export interface ListenProblem {
  dev: string
  kind: 'missing' | 'not-permitted' | 'failed'
  reason: string
}

const NOT_PERMITTED = /permission|Operation not permitted/i

/** tcpdumpArgv is the capture: line-buffered, numeric, with MACs, no timestamps, not promiscuous, delivered at once, ARP only. */
export function tcpdumpArgv(dev: string): string[] {
  return ['tcpdump', '-l', '-n', '-e', '-t', '-p', '--immediate-mode', '-i', dev, 'arp']
}

/** MAX_CAPTURE_BYTES bounds how much of one port's capture is parsed: tens of thousands of packets, far more than a LAN says in a
 * few seconds unless something floods it; the rest is only counted. */
export const MAX_CAPTURE_BYTES = 4 * 1024 * 1024

/** MAX_SIGHTINGS bounds how many packets one listening keeps (per kind): enough for every device of a LAN several times over. */
export const MAX_SIGHTINGS = 2000

/** Capture is one port's output, cut at a line's end to MAX_CAPTURE_BYTES, and how many lines it had in all. */
export interface Capture {
  dev: string
  stdout: string
  lines: number
}

/** boundCapture cuts a capture's text to MAX_CAPTURE_BYTES at a line's end, counting every line it had. */
export function boundCapture(dev: string, text: string): Capture {
  let lines = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  if (text.length <= MAX_CAPTURE_BYTES) return {dev, stdout: text, lines}
  return {dev, stdout: text.slice(0, text.lastIndexOf('\n', MAX_CAPTURE_BYTES) + 1), lines}
}

/** captureProblem says why a capture on `dev` gave nothing to read (tcpdump missing, not permitted, or failing), null when it ran. */
export function captureProblem(dev: string, outcome: CommandOutcome): ListenProblem | null {
  if (outcome.kind === 'missing' || outcome.kind === 'not-permitted') return {dev, kind: outcome.kind, reason: outcome.reason}
  if (outcome.kind !== 'failed' && outcome.kind !== 'not-recorded') return null
  const reason = outcomeReason(outcome)
  return {dev, kind: NOT_PERMITTED.test(reason) ? 'not-permitted' : 'failed', reason}
}

/** captureEach runs one capture per port at once (the argv `argvOf` gives) for `windowMs` (or until `signal`), and returns each
 * port's output (bounded), and the ports it could not listen on and why. */
export async function captureEach(
  options: ListenOptions,
  argvOf: (dev: string) => string[],
): Promise<{outputs: Capture[]; problems: ListenProblem[]}> {
  const problems: ListenProblem[] = []
  const outputs = await Promise.all(
    options.devs.map(async dev => {
      const outcome = await options.host.commands.run(argvOf(dev), {timeoutMs: options.windowMs, signal: options.signal})
      const problem = captureProblem(dev, outcome)
      if (problem !== null) {
        problems.push(problem)
        return []
      }
      return [boundCapture(dev, outcome.kind === 'ok' || outcome.kind === 'timed-out' || outcome.kind === 'stopped' ? outcome.stdout : '')]
    }),
  )
  return {outputs: outputs.flat(), problems}
}

/** listenArp listens on every port at once for `windowMs` (or until `signal`), and returns the ARP packets heard (the first
 * MAX_SIGHTINGS), with their port, and how many were heard in all (`heard`: more than kept means the LAN was flooded). */
export async function listenArp(options: ListenOptions): Promise<{listening: Listening; problems: ListenProblem[]}> {
  const started = Date.now()
  const {outputs, problems} = await captureEach(options, tcpdumpArgv)
  const heard = outputs.flatMap(({dev, stdout}) => {
    const result = parseTcpdumpArp(stdout)
    if (!result.ok) problems.push({dev, kind: 'failed', reason: result.error})
    return result.ok ? result.value.map(sighting => ({...sighting, dev})) : []
  })
  const listenedOn = options.devs.filter(dev => !problems.some(problem => problem.dev === dev))
  const total = Math.max(
    heard.length,
    outputs.reduce((sum, capture) => sum + capture.lines, 0),
  )
  return {listening: {devs: listenedOn, ms: Date.now() - started, sightings: heard.slice(0, MAX_SIGHTINGS), heard: total}, problems}
}
