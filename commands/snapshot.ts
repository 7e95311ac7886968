// `netdoc snapshot`: everything the commands need, in one versioned JSON file to send to the support person.
import * as Flags from '@oclif/core/flags'
import {capsJobFlag, forceFlag, lldpFlag, outputFlag, pingFlag, runTimeoutFlag} from '../src/cli/flags.js'
import {capsRequest, NetdocCommand} from '../src/cli/netdoc-command.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'
import {DEFAULT_LISTEN_SECONDS} from '../src/capabilities/nics/listen-seconds.js'

/** SnapshotCommand collects every section into one file (or stdout) for replay with --from. */
export default class SnapshotCommand extends NetdocCommand {
  static override summary = "Capture this machine's network facts into one file, to replay elsewhere with --from."
  static override description = `Collects everything the other commands read (ports, addresses, routes, …) into one versioned JSON file.
Send the file to whoever helps you; they run any command with \`--from FILE\` and see the same findings you would.
Progress goes to stderr; the snapshot goes to the file given with -o (readable by you only; an existing file is kept unless --force), else to stdout.
--timeout bounds the whole run: the LAN's listening and DHCP wait (4 s when there is time) and the --ping probes run side by side within it.
With --redact, MAC addresses keep only their vendor part, and public IP addresses, host names, Wi-Fi names, e-mail
addresses and monitor serials get masks (the same value always the same mask), so the findings still make sense.`
  static override examples = [
    {command: '<%= config.bin %> snapshot -o netdoc-snapshot.json', description: 'Write the snapshot to a file to send.'},
    {
      command: '<%= config.bin %> snapshot --redact -o netdoc-snapshot.json',
      description: 'The same, with addresses, names and Wi-Fi names masked.',
    },
    {
      command: '<%= config.bin %> snapshot --ping 192.168.1.10 -o netdoc-snapshot.json',
      description: "Include why-no-ping's probes of a host that does not answer.",
    },
    {
      command: '<%= config.bin %> snapshot --internet -o netdoc-snapshot.json',
      description: "Include `netdoc internet`'s probes of the way out.",
    },
    {
      command: '<%= config.bin %> snapshot --mail -o netdoc-snapshot.json',
      description: "Include `netdoc mail`'s checks of this machine's sending addresses.",
    },
    {
      command: '<%= config.bin %> snapshot --caps backup -o netdoc-snapshot.json',
      description: 'Include `netdoc caps --for backup` for this shell (replay with `netdoc caps --from`).',
    },
    {command: '<%= config.bin %> nics --from netdoc-snapshot.json', description: "On the support person's machine: replay it."},
  ]
  static override enableJsonFlag = false
  static override probes = true
  static override flags = {
    output: outputFlag('Write the snapshot to this file (mode 0600) instead of stdout.'),
    force: forceFlag,
    redact: Flags.boolean({
      description: 'Mask MAC addresses (keeping the vendor), public IP addresses, host names, Wi-Fi names and serials.',
    }),
    ping: pingFlag,
    internet: Flags.boolean({description: "Include `netdoc internet`'s probes of the way out (its built-in or configured endpoints)."}),
    mail: Flags.boolean({description: "Include `netdoc mail`'s checks of this machine's sending addresses (PTR records, the HELO name)."}),
    caps: capsJobFlag,
    lldp: lldpFlag,
    timeout: runTimeoutFlag,
  }

  async run(): Promise<Snapshot> {
    const {flags} = await this.parse(SnapshotCommand)
    this.sendOutputTo(flags.output, flags.force)
    const probing = flags.ping ? '--ping' : flags.internet ? '--internet' : flags.mail ? '--mail' : null
    const host = probing ? await this.liveHost(probing) : await this.host()
    const [{collectSnapshot, EVERY_SECTION}, {snapshotText}, {Deadline}] = await Promise.all([
      import('../src/collect/snapshot.js'),
      import('../src/snapshot/snapshot.js'),
      import('../src/probe/deadline.js'),
    ])
    const endpoints = flags.internet ? (await import('../src/capabilities/internet/endpoints.js')).loadEndpoints() : null
    if (endpoints && !endpoints.ok) this.refuse(endpoints.error)
    const progress = (section: string) => process.stderr.write(`collecting ${section}…\n`)
    const internet = endpoints?.ok ? {endpoints: endpoints.endpoints, from: endpoints.from} : null
    const collected = await collectSnapshot(EVERY_SECTION, {
      progress,
      deadline: new Deadline(flags.timeout * 1000),
      ping: flags.ping ?? null,
      internet,
      mail: flags.mail ? {input: null, headers: null, server: null} : null,
      caps: capsRequest(flags.caps),
      lldp: flags.lldp ? {listenSeconds: DEFAULT_LISTEN_SECONDS} : null,
      host,
    })
    if (flags.redact) process.stderr.write('redacting…\n')
    const snapshot = flags.redact ? await this.redact(collected) : collected
    this.emit(snapshotText(snapshot))
    return snapshot
  }
}
