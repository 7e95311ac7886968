// `netdoc internet`: "the internet doesn't work": where the way out stops, in one verdict, in about a second.
import * as Flags from '@oclif/core/flags'
import {endpointsFlag, secondsFlag} from '../src/cli/flags.js'
import type {LoadedEndpoints} from '../src/capabilities/internet/endpoints.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {InternetReport} from '../src/capabilities/internet/report.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'

/** Internet answers "the internet doesn't work" with the first place the way out stops. */
export default class Internet extends NetdocCommand {
  static override summary = "Why doesn't the internet work? Where the way out stops, in one verdict, with its evidence and what to do next."
  static override description = `Walks the way out of this machine, all at once under one deadline: its port and the gateway (ping, the neighbour table); DNS
(this machine's servers: do public names resolve to public addresses, is a made-up name denied); a few well-known anycast addresses
beyond the router (ping, TCP 53 and 443); the connectivity-check URLs NetworkManager, Android and ChromeOS use (no redirect followed);
a TLS handshake with certificate verification; IPv6 when it has a route; and the path MTU (DF-set pings of 1500 and 1492 bytes).

It answers with the first place the way stops, cause before symptom:
  internet.no-gateway, internet.portal, internet.dns-down, internet.dns-hijacked, internet.upstream-down, internet.https-blocked,
  internet.clock-wrong, internet.tls-intercepted, internet.ipv6-broken, internet.mtu-blackhole, internet.ok (it works),
  netdoc.undetermined (the facts cannot decide), and the state as NetworkManager names it: none, portal, limited, full.

The endpoints are data: rules/internet/endpoints.json in netdoc, replaced by $XDG_CONFIG_HOME/netdoc/endpoints.json
(~/.config/netdoc/endpoints.json) when that exists, or by --endpoints FILE.
Exit code 0 when the internet works, 1 when it does not, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> internet', description: 'Does the internet work, and if not, where does it stop?'},
    {command: '<%= config.bin %> internet --verbose', description: 'The same, with every probe and its timing.'},
    {
      command: '<%= config.bin %> internet --json',
      description: 'The report as JSON: state, verdict {id, severity, title, evidence, next}, findings, path, probes.',
    },
    {
      command: '<%= config.bin %> internet --endpoints ./endpoints.json',
      description: "Probe other endpoints (a company network's own check URL, resolvers and HTTPS host).",
    },
    {
      command: '<%= config.bin %> internet --from netdoc-snapshot.json',
      description: "Replay the probes a snapshot holds, on the support person's machine.",
    },
  ]
  static override probes = true
  static override flags = {
    ...replayFlags,
    timeout: secondsFlag({description: 'Seconds the whole run may take, probes included (0.5 to 60).', default: 4, min: 0.5, max: 60}),
    endpoints: endpointsFlag,
    verbose: Flags.boolean({char: 'v', description: 'Also list every probe: what it asked, what came back, and how long it took.'}),
  }

  async run(): Promise<InternetReport> {
    const {flags} = await this.parse(Internet)
    const snapshot = flags.from ? this.replaySections(flags.from, ['nics', 'internet']) : await this.probe(flags.endpoints, flags.timeout)
    const [{internetReport}, {renderInternet}] = await Promise.all([
      import('../src/capabilities/internet/report.js'),
      import('../src/capabilities/internet/render.js'),
    ])
    const report = internetReport(snapshot)
    return this.conclude(report, r => renderInternet(r, flags.verbose), report.verdict.id !== 'internet.ok')
  }

  /** probe takes the endpoints named (else the config file's, else the built-in ones), then runs every probe of the way out at once, within `seconds` from the start of the process. */
  private async probe(named: LoadedEndpoints | undefined, seconds: number): Promise<Snapshot> {
    const [{collectSnapshot}, {Deadline}, {loadEndpoints}] = await Promise.all([
      import('../src/collect/snapshot.js'),
      import('../src/probe/deadline.js'),
      import('../src/capabilities/internet/endpoints.js'),
    ])
    const loaded = named ?? loadEndpoints()
    if (!loaded.ok) this.refuse(loaded.error)
    const host = await this.liveHost('internet', 'replay a snapshot with --from instead')
    return collectSnapshot(['internet'], {
      internet: {endpoints: loaded.endpoints, from: loaded.from},
      deadline: new Deadline(seconds * 1000),
      host,
    })
  }
}
