// `netdoc snapshot`: everything the commands need, in one versioned JSON file to send to the support person.
import * as Flags from '@oclif/core/flags'
import {NetdocCommand} from '../src/cli/netdoc-command.js'
import {pingFlag, timeoutFlag} from '../src/cli/probe-flags.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'

/** SnapshotCommand collects every section into one file (or stdout) for replay with --from. */
export default class SnapshotCommand extends NetdocCommand {
  static override summary = 'Capture this machine\'s network facts into one file, to replay elsewhere with --from.'
  static override description = `Collects everything the other commands read (ports, addresses, routes, …) into one versioned JSON file.
Send the file to whoever helps you; they run any command with \`--from FILE\` and see the same findings you would.
Progress goes to stderr; the snapshot goes to the file given with -o, else to stdout.
With --redact, MAC addresses keep only their vendor part, and public IP addresses, host names, Wi-Fi names, e-mail
addresses and monitor serials get masks (the same value always the same mask), so the findings still make sense.`
  static override examples = [
    {command: '<%= config.bin %> snapshot -o netdoc-snapshot.json', description: 'Write the snapshot to a file to send.'},
    {command: '<%= config.bin %> snapshot --redact -o netdoc-snapshot.json', description: 'The same, with addresses, names and Wi-Fi names masked.'},
    {command: '<%= config.bin %> snapshot --ping 192.168.1.10 -o netdoc-snapshot.json', description: 'Include why-no-ping\'s probes of a host that does not answer.'},
    {command: '<%= config.bin %> nics --from netdoc-snapshot.json', description: 'On the support person\'s machine: replay it.'},
  ]
  static override enableJsonFlag = false
  static override flags = {
    output: Flags.string({char: 'o', description: 'Write the snapshot to this file instead of stdout.', helpValue: 'FILE'}),
    redact: Flags.boolean({description: 'Mask MAC addresses (keeping the vendor), public IP addresses, host names, Wi-Fi names and serials.'}),
    ping: pingFlag,
    timeout: timeoutFlag,
  }

  async run(): Promise<Snapshot> {
    const {flags} = await this.parse(SnapshotCommand)
    const {pingRequest} = await import('../src/cli/probe-flags.js')
    const ping = await pingRequest(flags.ping, flags.timeout, undefined)
    if (!ping.ok) this.refuse(ping.error)
    const [{collectEverything}, {snapshotText}] = await Promise.all([import('../src/collect/snapshot.js'), import('../src/snapshot/snapshot.js')])
    const collected = await collectEverything(ping.request, section => process.stderr.write(`collecting ${section}…\n`))
    if (flags.redact) process.stderr.write('redacting…\n')
    const snapshot = flags.redact ? await this.redact(collected) : collected
    if (flags.output === undefined) process.stdout.write(snapshotText(snapshot))
    else {
      await this.writeOutput(flags.output, snapshotText(snapshot))
      process.stderr.write(`wrote ${flags.output}\n`)
    }
    return snapshot
  }
}
