// `netdoc report`: every verdict first, then the details, as Markdown for e-mail or a self-contained HTML page.
import * as Flags from '@oclif/core/flags'
import {capsJobFlag, endpointsFlag, forceFlag, lldpFlag, outputFlag, pingFlag, runTimeoutFlag} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {FullReport} from '../src/report/full-report.js'

/** Report writes the support person's report of this machine, or of a snapshot with --from. */
export default class Report extends NetdocCommand {
  static override summary = 'A report for the support person: verdicts first, then the details, as Markdown or HTML.'
  static override description = `Collects everything, in the same run as \`netdoc doctor\` (or replays a snapshot with --from), runs every
check, and writes one report: the verdicts first, then a picture of this machine, its ports, the router and the target, then
the way to the internet, the ports, the LAN, graphics cards and monitors. --endpoints FILE names the internet's endpoints.

--format md (the default) is Markdown to paste into an e-mail or a chat; --format html is one self-contained page (no
external files) to attach or open in a browser. --ping HOST adds why-no-ping's probes of that host; --caps JOB the
capabilities check of \`netdoc caps --for JOB\` for the shell that ran netdoc.
-o FILE writes the report (or with --json the JSON) to a file readable by you only, and says so on stderr; an existing file is kept
unless --force. --timeout bounds the whole run: the LAN listening and DHCP wait and the --ping probes run side by side within it.
Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> report', description: 'The report of this machine, as Markdown.'},
    {
      command: '<%= config.bin %> report --ping 192.168.1.10 --format html -o report.html',
      description: 'With the probes of a host that does not answer, as a web page.',
    },
    {
      command: '<%= config.bin %> report --from netdoc-snapshot.json --format html -o report.html',
      description: "On the support person's machine, from the snapshot a volunteer sent.",
    },
    {
      command: '<%= config.bin %> report --redact',
      description: 'With MAC addresses, public addresses, host names and Wi-Fi names masked, to post in a public forum.',
    },
  ]
  static override probes = true
  static override flags = {
    ...replayFlags,
    format: Flags.string({
      char: 'f',
      description: 'md: Markdown for e-mail or chat; html: one self-contained web page.',
      options: ['md', 'html'],
      default: 'md',
    }),
    output: outputFlag('Write the report to this file (mode 0600) instead of stdout; with --json, the JSON.'),
    force: forceFlag,
    ping: pingFlag,
    endpoints: endpointsFlag,
    caps: capsJobFlag,
    lldp: lldpFlag,
    timeout: runTimeoutFlag,
    redact: Flags.boolean({
      description: 'Mask MAC addresses (keeping the vendor), public IP addresses, host names, Wi-Fi names and serials.',
    }),
  }

  async run(): Promise<FullReport> {
    const {flags} = await this.parse(Report)
    if (flags.ping && flags.from)
      this.refuse('--ping probes this machine now, so it cannot be combined with --from (the snapshot holds its own probes)')
    if (flags.caps && flags.from)
      this.refuse('--caps reads this machine now, so it cannot be combined with --from (the snapshot holds its own caps section, if any)')
    if (flags.endpoints && flags.from)
      this.refuse('--endpoints names what to probe on this machine, so it cannot be combined with --from (the snapshot holds its probes)')
    this.sendOutputTo(flags.output, flags.force)
    const collected = await this.obtainSnapshot(flags.from, [], () => {
      const progress = (section: string) => process.stderr.write(`collecting ${section}…\n`)
      return this.collectEverything({
        seconds: flags.timeout,
        ping: flags.ping ?? null,
        endpoints: flags.endpoints,
        caps: flags.caps,
        lldp: flags.lldp,
        progress,
      })
    })
    const snapshot = flags.redact ? await this.redact(collected) : collected
    const {fullReport} = await import('../src/report/full-report.js')
    const catalog = await this.catalogFor(snapshot)
    const report = fullReport(snapshot, catalog)
    const render =
      flags.format === 'html'
        ? (await import('../src/render/report-html.js')).renderReportHtml
        : (await import('../src/render/report-markdown.js')).renderReportMarkdown
    const summary =
      report.findings.length === 0
        ? 'nothing wrong found'
        : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, first: ${report.findings[0]!.title}`
    return this.finish(report, render, summary)
  }
}
