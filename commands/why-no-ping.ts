// `netdoc why-no-ping <host>`: one root cause, with the evidence that decided it and the next steps, in about a second.
import * as Flags from '@oclif/core/flags'
import {hostArg, secondsFlag, type ReplayFile} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {Target} from '../src/parse/target.js'
import type {WhyNoPingReport} from '../src/capabilities/ping/report.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'

/** WhyNoPing answers "I can't ping X" with the single most specific root cause. */
export default class WhyNoPing extends NetdocCommand {
  static override summary = "Why can't this machine ping a host? One root cause, its evidence, and what to do next."
  static override description = `Collects this machine's ports, addresses and routes, then probes the path to <host> all at once under one deadline:
DNS (with its own short timeout, against the servers of /etc/resolv.conf), the kernel's route, ARP for the gateway and the target (arping),
ping, a few common TCP ports, the kernel's neighbour table, and (as root) passive ARP listening on the cable.

It answers with the single most specific root cause, cause before symptom:
  local.no-carrier, local.no-address, local.no-route, gateway.unreachable, dns.no-answer, dns.unresolved,
  target.ip-conflict, target.wrong-subnet, target.no-arp-reply, target.icmp-blocked, ping.not-permitted,
  target.no-reply (nothing closer explains it), target.reachable (it answers; the problem is elsewhere).
Then a picture of the path (this machine → its port → gateway → target, each step ok / failed / not checked).

Works as an ordinary user and says what it could not check; as root it also asks by ARP and listens on the cable.
<host> is an IPv4 address, an IPv6 address or a host name; anything else (such as "-f" or shell text) is refused before anything runs.
With --from, it replays a snapshot's probes (\`netdoc snapshot --ping HOST\`); <host> may then be left out.
Exit code 0 when the target answers, 1 when it does not, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> why-no-ping 192.168.1.10', description: 'Why does the NAS not answer?'},
    {command: '<%= config.bin %> why-no-ping printer.lan --verbose', description: 'The same by name, with every probe and its timing.'},
    {
      command: '<%= config.bin %> why-no-ping 192.168.1.10 --json',
      description: 'The report as JSON: target, verdict {id, severity, title, evidence, next}, findings, probes.',
    },
    {
      command: 'sudo <%= config.bin %> why-no-ping 192.168.0.20 --timeout 5',
      description: 'As root (ARP probing and listening), with up to 5 seconds for the whole run.',
    },
    {
      command: '<%= config.bin %> why-no-ping --from netdoc-snapshot.json',
      description: "Replay the probes a snapshot holds, on the support person's machine.",
    },
  ]
  static override probes = true
  static override args = {host: hostArg}
  static override flags = {
    ...replayFlags,
    timeout: secondsFlag({description: 'Seconds the whole run may take, probes included (0.5 to 60).', default: 3, min: 0.5, max: 60}),
    verbose: Flags.boolean({char: 'v', description: 'Also list every probe: what it asked, what came back, and how long it took.'}),
  }

  async run(): Promise<WhyNoPingReport> {
    const {args, flags} = await this.parse(WhyNoPing)
    const snapshot = flags.from ? this.replayOf(flags.from, args.host) : await this.probe(args.host, flags.timeout)
    const [{whyNoPingReport}, {renderWhyNoPing}] = await Promise.all([
      import('../src/capabilities/ping/report.js'),
      import('../src/capabilities/ping/render.js'),
    ])
    const report = whyNoPingReport(snapshot)
    return this.conclude(report, r => renderWhyNoPing(r, flags.verbose), report.verdict.id !== 'target.reachable')
  }

  /** replayOf takes the snapshot's probes, of the host it holds (the host named, when one is, must be that one). */
  private replayOf(replay: ReplayFile, host: Target | undefined): Snapshot {
    const snapshot = this.replaySections(replay, ['nics', 'ping'])
    const held = snapshot.ping!.target.input
    if (host !== undefined && host.input !== held)
      this.refuse(`${replay.path} holds probes of ${JSON.stringify(held)}, not of ${JSON.stringify(host.input)}`)
    return snapshot
  }

  /** probe runs every probe of the path to `host` at once, within `seconds` from the start of the process. */
  private async probe(host: Target | undefined, seconds: number): Promise<Snapshot> {
    if (host === undefined) this.refuse('name the host to check, e.g. `netdoc why-no-ping 192.168.1.10` or `netdoc why-no-ping nas.lan`')
    const machine = await this.liveHost('why-no-ping', 'replay a snapshot with --from instead')
    const [{collectSnapshot}, {Deadline}] = await Promise.all([import('../src/collect/snapshot.js'), import('../src/probe/deadline.js')])
    return collectSnapshot(['ping'], {ping: host, deadline: new Deadline(seconds * 1000), host: machine})
  }
}
