// `netdoc doctor`: every capability's checks at once, and only the verdicts, most serious first, each with its next step.
import * as Flags from '@oclif/core/flags'
import {capsJobFlag, endpointsFlag, secondsFlag} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {DoctorReport} from '../src/report/doctor-report.js'

/** Doctor is the first thing to run: what is wrong with this machine's network (and its screens), in one list. */
export default class Doctor extends NetdocCommand {
  static override summary = 'Run every check at once and print only the verdicts, most serious first, each with what to do next.'
  static override description = `The first thing to run when "the network doesn't work". It checks this machine's ports, addresses and routes,
the LAN (the router, DHCP servers, DNS, addresses in use), the way to the internet (as \`netdoc internet\` does, with
its endpoints) and the graphics cards and monitors, all at once, and prints
only the verdicts, most serious first, each with its next step, then what it could not check and why.
The whole run takes as long as its slowest check: up to 5 s with the LAN's listening and DHCP wait (--timeout), about
a second with --quick, which skips them. The evidence for each verdict is in \`netdoc report\` (the same run) or in
the section's own command. As an ordinary user it says what needs root; as root every check runs.
--caps JOB adds the capabilities check of \`netdoc caps --for JOB\` for the shell that ran netdoc (only when asked: a job is needed to
say what is missing). Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> doctor', description: 'What is wrong, most serious first.'},
    {command: '<%= config.bin %> doctor --quick', description: 'The same without listening on the cable and waiting for DHCP offers.'},
    {
      command: '<%= config.bin %> doctor --json',
      description: 'The verdicts as JSON: collectedAt, checked, findings [{id, severity, title, evidence, next}], notChecked.',
    },
    {command: '<%= config.bin %> doctor --from netdoc-snapshot.json', description: 'The verdicts of a snapshot a volunteer sent.'},
  ]
  static override probes = true
  static override flags = {
    ...replayFlags,
    endpoints: endpointsFlag,
    caps: capsJobFlag,
    quick: Flags.boolean({description: "Skip the LAN's listening on the cable and its DHCP wait (4 s): about a second in all."}),
    timeout: secondsFlag({description: 'Seconds the whole run may take, every check side by side (1 to 60).', default: 5, min: 1, max: 60}),
  }

  async run(): Promise<DoctorReport> {
    const {flags} = await this.parse(Doctor)
    if (flags.quick && flags.from)
      this.refuse('--quick shortens the checks of this machine, so it cannot be combined with --from (the snapshot holds its facts)')
    if (flags.caps && flags.from)
      this.refuse('--caps reads this machine now, so it cannot be combined with --from (the snapshot holds its own caps section, if any)')
    if (flags.endpoints && flags.from)
      this.refuse('--endpoints names what to probe on this machine, so it cannot be combined with --from (the snapshot holds its probes)')
    const snapshot = await this.obtainSnapshot(flags.from, [], async () => {
      if (!this.jsonEnabled() && (await this.host()).live)
        process.stderr.write(`checking… (up to ${flags.quick ? 'a few seconds' : `${flags.timeout} s`})\n`)
      return this.collectEverything({seconds: flags.timeout, quick: flags.quick, endpoints: flags.endpoints, caps: flags.caps})
    })
    const [{doctorReport}, {renderDoctor}] = await Promise.all([
      import('../src/report/doctor-report.js'),
      import('../src/render/doctor.js'),
    ])
    const catalog = await this.catalogFor(snapshot)
    return this.finish(doctorReport(snapshot, catalog), renderDoctor)
  }
}
