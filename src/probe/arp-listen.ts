// Passive ARP listening with tcpdump: hears who asks for which address (a stale host calling its old gateway) without sending anything.
import {outcomeReason, runCommand} from '../host/run-command.js'
import {parseTcpdumpArp} from '../parse/tcpdump-arp.js'
import type {Listening} from '../snapshot/ping.js'

/** ListenOptions say where and how long to listen; `signal` ends the listening early (e.g. when the other probes are done). */
export interface ListenOptions {
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

/** captureEach runs one capture per port at once (the argv `argvOf` gives) for `windowMs` (or until `signal`), and returns each
 * port's output, and the ports it could not listen on and why. */
export async function captureEach(options: ListenOptions, argvOf: (dev: string) => string[]): Promise<{outputs: {dev: string; stdout: string}[]; problems: ListenProblem[]}> {
  const problems: ListenProblem[] = []
  const outputs = await Promise.all(
    options.devs.map(async dev => {
      const outcome = await runCommand(argvOf(dev), {timeoutMs: options.windowMs, signal: options.signal})
      if (outcome.kind === 'missing' || outcome.kind === 'not-permitted') {
        problems.push({dev, kind: outcome.kind, reason: outcome.reason})
        return []
      }
      if (outcome.kind === 'failed' || outcome.kind === 'not-recorded') {
        const reason = outcomeReason(outcome)
        problems.push({dev, kind: NOT_PERMITTED.test(reason) ? 'not-permitted' : 'failed', reason})
        return []
      }
      return [{dev, stdout: outcome.stdout}]
    }),
  )
  return {outputs: outputs.flat(), problems}
}

/** listenArp listens on every port at once for `windowMs` (or until `signal`), and returns every ARP packet heard, with its port. */
export async function listenArp(options: ListenOptions): Promise<{listening: Listening; problems: ListenProblem[]}> {
  const started = Date.now()
  const {outputs, problems} = await captureEach(options, tcpdumpArgv)
  const heard = outputs.flatMap(({dev, stdout}) => {
    const result = parseTcpdumpArp(stdout)
    if (!result.ok) problems.push({dev, kind: 'failed', reason: result.error})
    return result.ok ? result.value.map(sighting => ({...sighting, dev})) : []
  })
  const listenedOn = options.devs.filter(dev => !problems.some(problem => problem.dev === dev))
  return {listening: {devs: listenedOn, ms: Date.now() - started, sightings: heard}, problems}
}
