// `netdoc guide`: an interactive walk-through for a volunteer, asking in plain words what only a person can see.
import {readFileSync} from 'node:fs'
import * as Flags from '@oclif/core/flags'
import {NetdocCommand} from '../src/cli/netdoc-command.js'
import {timeoutFlag} from '../src/cli/probe-flags.js'
import type {GuideOutcome} from '../src/guide/walk.js'
import type {QuestionId} from '../src/guide/questions.js'

/** Guide runs the checks with a volunteer at a terminal (or from an answers file), and offers to write a snapshot to send. */
export default class Guide extends NetdocCommand {
  static override summary = 'A walk-through for a volunteer: netdoc checks, asks what only you can see, and says what to do.'
  static override description = `Runs the checks of \`netdoc nics\` and \`netdoc why-no-ping\`, and where a machine cannot know (are the port lights on?
which port is the cable in? is the other device switched on?) asks you in plain words, then goes on.
At the end it offers to write a snapshot, with addresses and names masked, for you to send to whoever helps you.
It changes nothing on this computer. It needs a terminal, unless the answers come from a file (--answers).

An answers file has one answer a line: lights=no, which-port=enp3s0, target=192.168.1.10, device-on=yes, send=no.`
  static override examples = [
    {command: '<%= config.bin %> guide', description: 'Start the walk-through at a terminal.'},
    {command: '<%= config.bin %> guide --answers answers.txt', description: 'Take the answers from a file (for scripting or a rehearsal).'},
  ]
  static override enableJsonFlag = false
  static override flags = {
    answers: Flags.string({description: 'Read the answers from this file (question=answer lines) instead of asking.', helpValue: 'FILE'}),
    output: Flags.string({char: 'o', description: 'Where to write the snapshot, if you agree to write one.', helpValue: 'FILE'}),
    timeout: timeoutFlag,
  }

  async run(): Promise<GuideOutcome> {
    const {flags} = await this.parse(Guide)
    const given = flags.answers === undefined ? {} : await this.readAnswers(flags.answers)
    const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY)
    if (!terminal && flags.answers === undefined) this.refuse('the guide asks questions, so it needs a terminal; to script it, give --answers FILE')
    const {timeoutMs} = await import('../src/cli/probe-flags.js')
    const timeout = timeoutMs(flags.timeout)
    if (!timeout.ok) this.refuse(timeout.error)
    const [{runGuide}, {terminalIO}, {collectNicsSnapshot}, {collectPing}, {Deadline}, {emptySnapshot, snapshotText}, {isRecordedTree}] = await Promise.all([
      import('../src/guide/walk.js'),
      import('../src/guide/terminal-io.js'),
      import('../src/collect/snapshot.js'),
      import('../src/collect/ping.js'),
      import('../src/probe/deadline.js'),
      import('../src/snapshot/snapshot.js'),
      import('../src/host/root.js'),
    ])
    const io = terminalIO(given, terminal)
    try {
      const outcome = await runGuide(io, {
        ports: collectNicsSnapshot,
        whyNoPing: isRecordedTree()
          ? null
          : async target => {
              const snapshot = emptySnapshot()
              await collectPing(target, snapshot, Deadline.fromNow(timeout.ms))
              return snapshot
            },
        writeSnapshot: async snapshot => {
          const file = flags.output ?? `netdoc-snapshot-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.json`
          await this.writeOutput(file, snapshotText(await this.redact(snapshot)))
          return file
        },
      })
      return this.finish(outcome, () => 'Done.')
    } finally {
      io.close()
    }
  }

  private async readAnswers(file: string): Promise<Partial<Record<QuestionId, string>>> {
    const {parseAnswersFile} = await import('../src/guide/answers-file.js')
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      this.refuse(`cannot read the answers file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}`)
    }
    const answers = parseAnswersFile(text)
    if (!answers.ok) this.refuse(`${file}: ${answers.error}`)
    return answers.value
  }
}
