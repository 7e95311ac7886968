// `netdoc report`: every verdict first, then the details, as Markdown for e-mail or a self-contained HTML page.
import * as Flags from '@oclif/core/flags'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import {pingFlag, timeoutFlag} from '../src/cli/probe-flags.js'
import type {FullReport} from '../src/report/full-report.js'

/** Report writes the support person's report of this machine, or of a snapshot with --from. */
export default class Report extends NetdocCommand {
  static override summary = 'A report for the support person: verdicts first, then the details, as Markdown or HTML.'
  static override description = `Collects everything (or replays a snapshot with --from), runs every check, and writes one report:
the verdicts first, then a picture of this machine, its ports, the router and the target, then the ports, graphics cards and monitors.

--format md (the default) is Markdown to paste into an e-mail or a chat; --format html is one self-contained page (no
external files) to attach or open in a browser. --ping HOST adds why-no-ping's probes of that host.
Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> report', description: 'The report of this machine, as Markdown.'},
    {command: '<%= config.bin %> report --ping 192.168.1.10 --format html -o report.html', description: 'With the probes of a host that does not answer, as a web page.'},
    {command: '<%= config.bin %> report --from netdoc-snapshot.json --format html -o report.html', description: 'On the support person\'s machine, from the snapshot a volunteer sent.'},
    {command: '<%= config.bin %> report --redact', description: 'With MAC addresses, public addresses, host names and Wi-Fi names masked, to post in a public forum.'},
  ]
  static override flags = {
    ...replayFlags,
    format: Flags.string({char: 'f', description: 'md: Markdown for e-mail or chat; html: one self-contained web page.', options: ['md', 'html'], default: 'md'}),
    output: Flags.string({char: 'o', description: 'Write the report to this file instead of stdout.', helpValue: 'FILE'}),
    ping: pingFlag,
    timeout: timeoutFlag,
    redact: Flags.boolean({description: 'Mask MAC addresses (keeping the vendor), public IP addresses, host names, Wi-Fi names and serials.'}),
  }

  async run(): Promise<FullReport> {
    const {flags} = await this.parse(Report)
    const {pingRequest} = await import('../src/cli/probe-flags.js')
    const ping = await pingRequest(flags.ping, flags.timeout, flags.from)
    if (!ping.ok) this.refuse(ping.error)
    const {collectEverything} = await import('../src/collect/snapshot.js')
    const collected = await this.obtainSnapshot(flags.from, [], () => collectEverything(ping.request, section => process.stderr.write(`collecting ${section}…\n`)))
    const snapshot = flags.redact ? await this.redact(collected) : collected
    const [{fullReport}, {xLogHasErrors}] = await Promise.all([import('../src/report/full-report.js'), import('../src/snapshot/screens.js')])
    const catalog = await this.catalogIf((snapshot.displays !== undefined && xLogHasErrors(snapshot.displays)) || (snapshot.nics?.kernelLog?.lines.length ?? 0) > 0)
    const report = fullReport(snapshot, catalog)
    const render = flags.format === 'html' ? (await import('../src/render/report-html.js')).renderReportHtml : (await import('../src/render/report-markdown.js')).renderReportMarkdown
    if (flags.output === undefined || this.jsonEnabled()) return this.finish(report, render)
    await this.writeOutput(flags.output, render(report))
    return this.finish(report, r => `wrote ${flags.output}: ${r.findings.length === 0 ? 'nothing wrong found' : `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}, first: ${r.findings[0]!.title}`}`)
  }
}
