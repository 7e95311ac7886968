// `netdoc explain`: what an error message (or a whole log) means, its likely causes in order, and what to check next.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {inputFileFlag, type ReplayFile} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import {printable} from '../src/render/printable.js'
import {snapshotLogs} from '../src/snapshot/logs.js'
import {SOURCES, type Source} from '../src/explain/catalog.js'
import type {ExplainResult} from '../src/explain/explain-text.js'
import type {InputResult} from '../src/explain/read-input.js'

/** Explain reads error text and says what it means, why it happens, and what to check next. */
export default class Explain extends NetdocCommand {
  static override summary = 'Say what an error message means, its likely causes in order, and what to check next.'
  static override description = `Give the text the screen shows: as an argument, on standard input (\`-\`), or a whole log with --file.
netdoc recognises messages from ping, fping and arping, duplicate addresses, DHCP clients and network managers (dhclient, dhcpcd, udhcpc, NetworkManager, systemd-networkd), network card drivers in the kernel log, Wi-Fi (wpa_supplicant, the kernel's association messages, with IEEE 802.11 reason and status codes named), ssh and sshd, mail bounces and mail logs (SMTP replies are also read by their RFC 3463 status code), the X server log, Linux capabilities and backup tools (including CapEff/CapPrm masks from /proc/PID/status, decoded to names), and PPP/ADSL. Many entries are made from the programs' own message formats, so every spelling they print is known.

For a whole log, each problem is listed once with how often and on which lines it was seen, most serious first; lines that match nothing are only counted.
A message the catalog does not know still gets a general answer, marked as such: what its error text means (Permission denied, Network is unreachable, the kernel's -71…), and when nothing at all is known, which program wrote it (pppd, a kernel driver, postfix, the X server…), what that program's trouble usually means and what to capture next.
Text that starts with a dash goes after \`--\`, e.g. netdoc explain -- "-bash: ping: command not found".

The catalog is data in rules/catalog/<source>.yaml inside the netdoc package; a support person can add messages there without writing TypeScript.
Exit code 0 when nothing wrong was recognised, 1 when a problem was recognised, 2 for unreadable input.`
  static override examples = [
    {command: '<%= config.bin %> explain "ping: connect: Network is unreachable"', description: 'One message, as the screen shows it.'},
    {command: 'dmesg | <%= config.bin %> explain -', description: 'The kernel log: network card drivers, firmware, link up/down.'},
    {
      command: '<%= config.bin %> explain --file /var/log/Xorg.0.log',
      description: 'Why the X server found no screens or a second graphics card stays dark.',
    },
    {
      command: 'grep Cap /proc/self/status | <%= config.bin %> explain -',
      description: 'Decode capability masks to names, as `capsh --decode` does.',
    },
    {
      command: 'journalctl -b | <%= config.bin %> explain - --source dhcp --source nic-driver',
      description: 'Only DHCP and network-card messages.',
    },
    {
      command: '<%= config.bin %> explain --file bounce.txt --json',
      description: 'A pasted mail bounce, as JSON (stable contract; see the README).',
    },
    {
      command: '<%= config.bin %> explain --from netdoc-snapshot.json',
      description: "The kernel and X logs a snapshot carries, on the support person's machine.",
    },
  ]
  static override strict = false
  static override args = {
    text: Args.string({
      description:
        'The message, as the screen shows it (several words are fine; quote it when it holds ; | > or $), or - for standard input.',
    }),
  }
  static override flags = {
    ...replayFlags,
    file: inputFileFlag('Read the text from this file (a log, a saved bounce).'),
    source: Flags.string({
      char: 's',
      description: 'Only recognise messages from this source (repeatable).',
      options: [...SOURCES],
      multiple: true,
    }),
  }

  async run(): Promise<ExplainResult> {
    const {argv, flags} = await this.parse(Explain)
    const words = argv.map(String)
    const input =
      flags.from === undefined
        ? await this.readText(words, flags.file)
        : this.readSnapshotLogs(flags.from, words.length > 0 || flags.file !== undefined)
    if (!input.ok) this.refuse(input.error)
    if (input.note) process.stderr.write(`netdoc: ${input.note}\n`)
    const {loadCatalog} = await import('../src/explain/load-catalog.js')
    const {explainText} = await import('../src/explain/explain-text.js')
    const {renderExplain} = await import('../src/render/explain.js')
    const catalog = await loadCatalog()
    if (!catalog.ok) throw new Error(`netdoc's message catalog is broken: ${catalog.error}`)
    const sources = flags.source as Source[] | undefined
    const result = explainText(input.text, catalog.value, {sources, general: true})
    const whole = input.text.trim().includes('\n')
    return this.conclude(
      result,
      r => renderExplain(r, whole),
      result.matches.some(match => match.severity !== 'info'),
    )
  }

  /** readSnapshotLogs takes the logs a snapshot carries (kernel lines about the ports, the X log) as the text to explain. */
  private readSnapshotLogs(replay: ReplayFile, textGiven: boolean): InputResult {
    if (textGiven) return {ok: false, error: 'give either the text (or --file) or --from, not both'}
    const logs = snapshotLogs(replay.snapshot)
    if (logs.length === 0) return {ok: false, error: `${replay.path} holds no log to explain (no kernel lines about the ports, no X log)`}
    process.stderr.write(printable(`explaining ${logs.map(log => log.name).join(' and ')} from ${replay.path}`) + '\n')
    return {ok: true, text: logs.map(log => log.text).join('\n')}
  }

  private async readText(words: string[], file: string | undefined): Promise<InputResult> {
    const {readInputFile, readStdin} = await import('../src/explain/read-input.js')
    if (file !== undefined && words.length > 0) return {ok: false, error: 'give either the text or --file, not both'}
    if (file !== undefined) return readInputFile(file)
    if (words.length === 1 && words[0] === '-') {
      if (process.stdin.isTTY) process.stderr.write('Paste the text, then press Ctrl-D on an empty line.\n')
      return readStdin()
    }
    if (words.length > 0) {
      const text = words.join(' ')
      return text.trim() === ''
        ? {ok: false, error: 'the text is empty; give the message, e.g. netdoc explain "ping: connect: Network is unreachable"'}
        : {ok: true, text}
    }
    if (process.stdin.isTTY)
      return {
        ok: false,
        error:
          'no text given. Usage: netdoc explain "<message>" | netdoc explain - (paste, then Ctrl-D) | netdoc explain --file <log>. See netdoc explain --help',
      }
    return readStdin()
  }
}
