// `netdoc mail [ADDRESS|HOST]`: do the sending addresses have the PTR records receiving servers demand (forward-confirmed, not
// generic), does the HELO name match, and, with --headers, which hop of a bounced message's Received: chain fails.
import * as Flags from '@oclif/core/flags'
import {addressFlag, headersFlag, secondsFlag, senderArg} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {MailReport} from '../src/capabilities/mail/report.js'
import type {MailRequest} from '../src/capabilities/mail/facts.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'

/** HEADERS_MAX_BYTES bounds the headers file read: a bounce with its returned message's headers is a few KiB; the rest is body. */
const HEADERS_MAX_BYTES = 4 * 1024 * 1024

/** Mail checks the sending addresses' PTR records as a receiving server (Gmail, for IPv6 first) does. */
export default class Mail extends NetdocCommand {
  static override summary =
    'Will receiving servers accept mail from here? PTR records, forward confirmation and the HELO name of each sending address.'
  static override description = `Checks each sending address as receiving servers do (Gmail refuses IPv6 mail without it: "550-5.7.1 … does not meet
IPv6 sending guidelines regarding PTR records"): the address has a PTR record; every name in it resolves (A/AAAA) back to the
address (forward-confirmed reverse DNS); the name does not look generic (the address spelt in it, dynamic, dsl, pool, dhcp, cable…);
and this machine's mail server greets (HELO/EHLO) with a name that resolves to it (Postfix's myhostname in /etc/postfix/main.cf,
Exim's primary_hostname).

The sending addresses: ADDRESS; the addresses HOST resolves to; or, with neither, this machine's public-looking addresses of both
families. With --headers FILE, every hop of a message's Received: chain (a saved bounce holds the returned message's headers) and
the address the refusal names: Gmail looks at every hop, so a phone's IPv6 privacy address in the first header can bounce mail
whose server passes. netdoc points at the failing hop and says what the sender can do.

DNS goes through netdoc's own resolver, one short question per server (the servers of /etc/resolv.conf, or --server), so nothing hangs.
Verdicts: mail.no-ptr, mail.ptr-no-address, mail.ptr-mismatch, mail.generic-ptr, mail.helo-mismatch, mail.ok (every address
passes), netdoc.undetermined (DNS did not answer, or there was nothing to check).
Exit code 0 when every address passes, 1 otherwise, 2 for bad input.`
  static override examples = [
    {command: '<%= config.bin %> mail', description: "Do this machine's public addresses have PTR records that resolve back?"},
    {command: '<%= config.bin %> mail 2001:db8:10a:400::1', description: 'Check one sending address.'},
    {
      command: '<%= config.bin %> mail mail.example.org --server 9.9.9.9',
      description: "Check a mail server's addresses, asking another DNS server.",
    },
    {
      command: '<%= config.bin %> mail --headers bounce.eml',
      description: 'Which hop of the bounced message fails, and what to do about it.',
    },
    {command: '<%= config.bin %> mail --json', description: 'The report as JSON: verdict, findings, senders, hops, helo, probes.'},
    {
      command: '<%= config.bin %> mail --from netdoc-snapshot.json',
      description: 'Replay the checks a snapshot holds (`netdoc snapshot --mail`).',
    },
  ]
  static override probes = true
  static override args = {target: senderArg}
  static override flags = {
    ...replayFlags,
    headers: headersFlag,
    server: addressFlag('Ask this DNS server instead of the ones in /etc/resolv.conf.'),
    timeout: secondsFlag({
      description: 'Seconds the whole run may take, DNS questions included (0.5 to 60).',
      default: 4,
      min: 0.5,
      max: 60,
    }),
    verbose: Flags.boolean({char: 'v', description: 'Also list every DNS question: what it asked, what came back, and how long it took.'}),
  }

  async run(): Promise<MailReport> {
    const {args, flags} = await this.parse(Mail)
    if (args.target && flags.headers) this.refuse('give either an address or host name, or --headers FILE, not both')
    if (flags.from && (args.target || flags.headers || flags.server))
      this.refuse('--from replays the addresses the snapshot checked: leave out the address, --headers and --server')
    const snapshot = flags.from
      ? this.replaySections(flags.from, ['mail'])
      : await this.probe(
          {input: args.target ?? null, headers: flags.headers ? await this.readHeaders(flags.headers) : null, server: flags.server ?? null},
          flags.timeout,
        )
    const [{mailReport}, {renderMail}] = await Promise.all([
      import('../src/capabilities/mail/report.js'),
      import('../src/capabilities/mail/render.js'),
    ])
    const report = mailReport(snapshot)
    return this.conclude(report, r => renderMail(r, flags.verbose), report.verdict.id !== 'mail.ok')
  }

  /** readHeaders reads and parses the headers file, refusing one that holds no Received: chain. */
  private async readHeaders(path: string): Promise<MailRequest['headers']> {
    const [{readBoundedFile}, {parseReceivedChain}] = await Promise.all([
      import('../src/host/input-file.js'),
      import('../src/parse/received-chain.js'),
    ])
    const read = readBoundedFile(path, HEADERS_MAX_BYTES)
    if (!read.ok) this.refuse(read.error)
    const chain = parseReceivedChain(read.read.bytes.toString('utf8'))
    if (!chain.ok) this.refuse(`${path}: ${chain.error}`)
    return {path, chain: chain.value}
  }

  /** probe asks DNS about every sending address at once, within `seconds` from the start of the process. */
  private async probe(mail: MailRequest, seconds: number): Promise<Snapshot> {
    const host = await this.liveHost('mail', 'replay a snapshot with --from instead')
    const [{collectSnapshot}, {Deadline}] = await Promise.all([import('../src/collect/snapshot.js'), import('../src/probe/deadline.js')])
    return collectSnapshot(['mail'], {mail, deadline: new Deadline(seconds * 1000), host})
  }
}
