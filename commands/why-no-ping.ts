// `netdoc why-no-ping <host>`: one root cause, with the evidence that decided it and the next steps, in about a second.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import {timeoutFlag} from '../src/cli/probe-flags.js'
import type {WhyNoPingReport} from '../src/report/why-no-ping-report.js'

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
Exit code 0 when the target answers, 1 when it does not, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> why-no-ping 192.168.1.10', description: 'Why does the NAS not answer?'},
    {command: '<%= config.bin %> why-no-ping printer.lan --verbose', description: 'The same by name, with every probe and its timing.'},
    {command: '<%= config.bin %> why-no-ping 192.168.1.10 --json', description: 'The report as JSON: target, verdict {id, severity, title, evidence, next}, findings, probes.'},
    {command: 'sudo <%= config.bin %> why-no-ping 192.168.0.20 --timeout 5', description: 'As root (ARP probing and listening), with up to 5 seconds for the whole run.'},
  ]
  static override strict = false
  static override args = {
    host: Args.string({description: 'The host to check: an IPv4 or IPv6 address, or a host name.', required: false}),
  }
  static override flags = {
    ...replayFlags,
    timeout: timeoutFlag,
    verbose: Flags.boolean({char: 'v', description: 'Also list every probe: what it asked, what came back, and how long it took.'}),
  }

  async run(): Promise<WhyNoPingReport> {
    const {parseTarget} = await import('../src/parse/target.js')
    const {args, argv, flags} = await this.parse(WhyNoPing).catch((error: Error) => {
      const flag = /Nonexistent flags?: (\S+)/.exec(error.message)?.[1]
      const asTarget = flag === undefined ? null : parseTarget(flag)
      return this.refuse(asTarget && !asTarget.ok ? `${asTarget.error} (and it is no option of why-no-ping)` : error.message.split('\n')[0]!)
    })
    const extra = (argv as string[]).filter(item => item !== args.host)
    if (args.host === undefined) this.refuse('name the host to check, e.g. `netdoc why-no-ping 192.168.1.10` or `netdoc why-no-ping nas.lan`')
    if (extra.length > 0) this.refuse(`one host at a time: ${JSON.stringify(args.host)} and ${extra.map(item => JSON.stringify(item)).join(', ')} were given`)
    const target = parseTarget(args.host)
    if (!target.ok) this.refuse(target.error)
    const {timeoutMs} = await import('../src/cli/probe-flags.js')
    const timeout = timeoutMs(flags.timeout)
    if (!timeout.ok) this.refuse(timeout.error)

    const {isRecordedTree} = await import('../src/host/root.js')
    if (isRecordedTree() && flags.from === undefined)
      this.refuse('why-no-ping probes the live network, which a recorded tree (NETDOC_ROOT) cannot answer: replay a snapshot with --from instead')

    const {whyNoPingReport} = await import('../src/report/why-no-ping-report.js')
    const {renderWhyNoPing} = await import('../src/render/why-no-ping.js')
    const snapshot = await this.obtainSnapshot(flags.from, ['nics', 'ping'], async () => {
      const {Deadline} = await import('../src/probe/deadline.js')
      const {collectPing} = await import('../src/collect/ping.js')
      const {emptySnapshot} = await import('../src/snapshot/snapshot.js')
      const collected = emptySnapshot()
      await collectPing(target.value, collected, new Deadline(timeout.ms))
      return collected
    })
    if (flags.from !== undefined && snapshot.ping?.target.input !== target.value.input)
      this.refuse(`${flags.from} holds probes of ${JSON.stringify(snapshot.ping?.target.input)}, not of ${JSON.stringify(target.value.input)}`)
    const report = whyNoPingReport(snapshot)
    return this.conclude(report, r => renderWhyNoPing(r, flags.verbose), report.verdict.id !== 'target.reachable')
  }
}
