// `netdoc locate PORT`: blinks the port's LED so a person can see which socket it is, or watches which port loses its link.
import * as Flags from '@oclif/core/flags'
import {portArg, secondsFlag} from '../src/cli/flags.js'
import {NetdocCommand} from '../src/cli/netdoc-command.js'
import type {LocateReport} from '../src/locate/report.js'

/** Locate shows a person which socket on the machine is a port: its LED blinks, or the port whose cable they pull is named. */
export default class Locate extends NetdocCommand {
  static override summary = 'Which socket is this port? Blinks its LED, or watches which port loses its link when you pull a cable.'
  static override description = `This is an action: it blinks a light on the hardware (\`ethtool -p PORT SECONDS\`, as root). It changes no setting, and the port keeps working while it blinks. On a terminal it asks first (--yes skips the question).

Where the driver cannot blink the LED (veth, many USB adapters: "Operation not supported"), it offers the other way: unplug the cable you think is PORT's, and it watches the link of every port for up to SECONDS and says which one lost it.

Exit code 0 when the socket was shown (the LED blinked, or a port lost its link), 1 when nothing was seen, 2 for bad input.`
  static override examples = [
    {command: 'sudo <%= config.bin %> locate eno1', description: "Blink eno1's LED for 15 seconds (asks first)."},
    {command: 'sudo <%= config.bin %> locate eno1 --seconds 30 --yes', description: 'Blink for 30 seconds without asking.'},
    {command: '<%= config.bin %> locate eth1 --json', description: 'What happened, as JSON (stable contract; see the README).'},
  ]
  static override args = {port: portArg}
  static override flags = {
    seconds: secondsFlag({description: 'How long to blink the LED, or to watch for the unplugged cable.', default: 15, min: 1, max: 600}),
    yes: Flags.boolean({char: 'y', description: 'Do not ask before blinking (or before watching).'}),
  }

  async run(): Promise<LocateReport> {
    const {args, flags} = await this.parse(Locate)
    const {blinkArgv} = await import('../src/locate/port-led.js')
    const {locatePort} = await import('../src/locate/locate.js')
    const {locateFound, renderLocate} = await import('../src/locate/report.js')
    const host = await this.host()
    if (!host.live) this.refuse("locate acts on this machine's hardware, which a recorded tree (NETDOC_ROOT) does not have")
    if (!host.files.subdirs('/sys/class/net').includes(args.port))
      this.refuse(`there is no port named ${args.port} (\`netdoc nics --all\` lists them)`)
    const ask = !flags.yes && !this.jsonEnabled() && process.stdin.isTTY === true && process.stdout.isTTY === true
    if (
      ask &&
      !(await this.confirm(`Blink the LED of ${args.port}'s socket for ${flags.seconds} s? It changes no setting. [y/N] `, false))
    ) {
      const declined: LocateReport = {
        port: args.port,
        seconds: flags.seconds,
        command: blinkArgv(args.port, flags.seconds),
        led: 'declined',
        ledReason: null,
        watch: null,
      }
      return this.conclude(declined, renderLocate, false)
    }
    const located = await locatePort(host, args.port, flags.seconds, {
      confirmWatch: async offer => {
        if (ask) return this.confirm(`${offer}\nWatch for ${flags.seconds} s? [Y/n] `, true)
        process.stderr.write(`${offer}\n`)
        return true
      },
      watching: watched => process.stderr.write(`Watching ${watched.length} ports for ${flags.seconds} s: unplug the cable now.\n`),
    })
    return this.conclude(located, renderLocate, !locateFound(located))
  }

  /** confirm asks a yes/no question at the terminal; an empty answer is `byDefault`. */
  private async confirm(question: string, byDefault: boolean): Promise<boolean> {
    const {createInterface} = await import('node:readline/promises')
    const prompt = createInterface({input: process.stdin, output: process.stdout})
    try {
      const answer = (await prompt.question(question)).trim().toLowerCase()
      return answer === '' ? byDefault : answer.startsWith('y')
    } finally {
      prompt.close()
    }
  }
}
