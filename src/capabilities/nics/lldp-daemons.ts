// The switch ports a daemon on this machine already heard: lldpd (asked with lldpcli), else systemd-networkd (networkctl). Asking
// sends nothing on the network and waits for no announcement. A daemon is asked only where its control socket exists: where it
// does not run nothing is started (a plain `nics` on most machines runs neither program).
import type {Host} from '../../host/host.js'
import type {CommandOutcome} from '../../host/run-command.js'
import {parseLldpcliJson, type PortNeighbour} from '../../parse/lldpcli-json.js'
import {parseNetworkctlLldp} from '../../parse/networkctl-lldp.js'
import type {Parsed} from '../../parse/parse-result.js'
import type {HeardNeighbour} from './facts.js'

/** LLDPCLI_ARGV asks lldpd, through its default control socket (/run/lldpd.socket), for every neighbour with every detail, in
 * lldpcli's "json0" format (lldpd 0.9.8 and later; an older lldpcli refuses it and counts as none): every value a list, whatever its count. Plain "json" makes a single value an
 * object and several a list, so one neighbour and two would read differently. */
export const LLDPCLI_ARGV = ['lldpcli', '-f', 'json0', 'show', 'neighbors', 'details']

/** NETWORKCTL_ARGV asks systemd-networkd for the LLDP neighbours it heard (JSON since systemd 256; older ones print a table). */
export const NETWORKCTL_ARGV = ['networkctl', '--json=short', 'lldp']

/** LLDPD_SOCKETS are where lldpd listens for lldpcli (its compiled default; /var/run is /run on current systems). */
export const LLDPD_SOCKETS = ['/run/lldpd.socket', '/var/run/lldpd.socket']

/** NETWORKD_SOCKETS are where systemd-networkd answers networkctl (its varlink socket, systemd 256 and later). */
export const NETWORKD_SOCKETS = ['/run/systemd/netif/io.systemd.Network']

/** DAEMON_TIMEOUT_MS bounds each question: a running daemon answers from memory in milliseconds. */
const DAEMON_TIMEOUT_MS = 2000

interface Daemon {
  source: 'lldpcli' | 'networkctl'
  name: string
  argv: string[]
  /** sockets are where the daemon listens when it runs: one of them exists, or it is not asked. */
  sockets: string[]
  parse: (text: string) => Parsed<PortNeighbour[]>
}

/** DAEMONS in the order they are believed: lldpd says more (management addresses, VLAN, power, CDP) than networkd keeps. */
const DAEMONS: Daemon[] = [
  {source: 'lldpcli', name: 'lldpd', argv: LLDPCLI_ARGV, sockets: LLDPD_SOCKETS, parse: parseLldpcliJson},
  {source: 'networkctl', name: 'systemd-networkd', argv: NETWORKCTL_ARGV, sockets: NETWORKD_SOCKETS, parse: parseNetworkctlLldp},
]

/** DaemonNeighbours are the announcements the first daemon that knew any holds, and why a daemon that may run could not be read. */
export interface DaemonNeighbours {
  heard: HeardNeighbour[]
  problems: string[]
}

/** answer reads one daemon's outcome: its neighbours, null when it does not run here (not installed, not recorded, no socket, no
 * networkd), or a problem when it may run but could not be asked or gave what netdoc cannot read. */
function answer(daemon: Daemon, outcome: CommandOutcome): PortNeighbour[] | null | {problem: string} {
  const program = daemon.argv[0]
  switch (outcome.kind) {
    case 'missing':
    case 'not-recorded':
      return null
    case 'not-permitted':
      return {problem: `${daemon.name} may run, but this user may not run ${program} (root may)`}
    case 'failed':
      return /permission denied/i.test(outcome.stderr)
        ? {problem: `${daemon.name} runs, but this user may not ask it (${outcome.stderr.trim().split('\n')[0]}); root may`}
        : null
    case 'timed-out':
    case 'stopped':
      return {problem: `${program}: ${outcome.reason}`}
    case 'ok': {
      const parsed = daemon.parse(outcome.stdout)
      return parsed.ok ? parsed.value : {problem: `${parsed.error} (an older ${program}?)`}
    }
  }
}

/** readDaemonNeighbours asks, at once, each of lldpd and networkd whose control socket exists, and keeps the neighbours of the first
 * of them (in DAEMONS' order) that heard any; each one's answer names it as the neighbours' source. */
export async function readDaemonNeighbours(host: Host): Promise<DaemonNeighbours> {
  const running = DAEMONS.filter(daemon => daemon.sockets.some(socket => host.files.exists(socket)))
  const outcomes = await Promise.all(running.map(daemon => host.commands.run(daemon.argv, {timeoutMs: DAEMON_TIMEOUT_MS})))
  const problems: string[] = []
  let heard: HeardNeighbour[] = []
  running.forEach((daemon, index) => {
    const read = answer(daemon, outcomes[index]!)
    if (read === null) return
    if ('problem' in read) problems.push(read.problem)
    else if (heard.length === 0) heard = read.map(({dev, ...neighbour}) => ({dev, source: daemon.source, ...neighbour}))
  })
  return {heard, problems}
}
