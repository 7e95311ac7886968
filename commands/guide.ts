// `netdoc guide`: an interactive walk-through for a volunteer, asking in plain words what only a person can see.
import {answersFlag, forceFlag, outputFlag, secondsFlag} from '../src/cli/flags.js'
import {NetdocCommand} from '../src/cli/netdoc-command.js'
import type {GuideOutcome} from '../src/guide/walk.js'

/** MACHINE_SECONDS bounds the guide's first check, the run `netdoc doctor` makes (its own --timeout default). */
const MACHINE_SECONDS = 5

/** Guide runs the checks with a volunteer at a terminal (or from an answers file), and offers to write a snapshot to send. */
export default class Guide extends NetdocCommand {
  static override summary = 'A walk-through for a volunteer: netdoc checks, asks what only you can see, and says what to do.'
  static override description = `Runs the checks of \`netdoc nics\` and \`netdoc why-no-ping\`, and where a machine cannot know (are the port lights on?
which port is the cable in? is the other device switched on?) asks you in plain words, then goes on.
At the end it offers to write a snapshot, with addresses and names masked, for you to send to whoever helps you.
It changes nothing on this computer. It needs a terminal, unless the answers come from a file (--answers).

An answers file has one answer a line: lights=no, which-port=enp3s0, target=192.168.1.10, device-on=yes, send=no
(lights, device-on and send take yes, no or not sure). Ctrl-C or Ctrl-D at a question stops the guide; nothing is written then.`
  static override examples = [
    {command: '<%= config.bin %> guide', description: 'Start the walk-through at a terminal.'},
    {command: '<%= config.bin %> guide --answers answers.txt', description: 'Take the answers from a file (for scripting or a rehearsal).'},
  ]
  static override enableJsonFlag = false
  static override probes = true
  static override flags = {
    answers: answersFlag,
    output: outputFlag('Where to write the snapshot (mode 0600), if you agree to write one.'),
    force: forceFlag,
    timeout: secondsFlag({
      description: 'Seconds the probes of the device you cannot reach may take (0.5 to 60).',
      default: 3,
      min: 0.5,
      max: 60,
    }),
  }

  async run(): Promise<GuideOutcome> {
    const {flags} = await this.parse(Guide)
    const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY)
    if (!terminal && flags.answers === undefined)
      this.refuse('the guide asks questions, so it needs a terminal; to script it, give --answers FILE')
    const file = flags.output ?? `netdoc-snapshot-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.json`
    const host = await this.host()
    const [{runGuide}, {terminalIO}, {collectSnapshot}, {Deadline}, {snapshotText}, {outputExistsProblem}] = await Promise.all([
      import('../src/guide/walk.js'),
      import('../src/guide/terminal-io.js'),
      import('../src/collect/snapshot.js'),
      import('../src/probe/deadline.js'),
      import('../src/snapshot/snapshot.js'),
      import('../src/host/output-file.js'),
    ])
    const exists = outputExistsProblem(file, flags.force)
    if (exists) this.refuse(exists)
    const io = terminalIO(flags.answers ?? {}, terminal)
    try {
      const outcome = await runGuide(io, {
        machine: () => this.collectEverything({seconds: MACHINE_SECONDS}),
        whyNoPing: host.live
          ? target => collectSnapshot(['ping'], {ping: target, deadline: Deadline.fromNow(flags.timeout * 1000), host})
          : null,
        locate: host.live
          ? async port => {
              const {locatePort} = await import('../src/locate/locate.js')
              return locatePort(host, port, 15, {
                confirmWatch: async offer => (io.say(offer), true),
                watching: watched => io.say(`Watching ${watched.length} ports for 15 s: unplug the cable now.`),
              })
            }
          : null,
        writeSnapshot: async snapshot => {
          this.writeFile(file, snapshotText(await this.redact(snapshot)), flags.force)
          return file
        },
      })
      return this.finish(outcome, () => 'Done.')
    } finally {
      io.close()
    }
  }
}
