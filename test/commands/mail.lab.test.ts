// `netdoc mail` in the mail lab: an authoritative dnsmasq for the documentation ranges, netdoc run inside the pc's namespace only.
import {join} from 'node:path'
import {writeFileSync} from 'node:fs'
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {MAIL_NET, SEED_BOUNCE, SILENT_DNS, buildMail, mailArgv, mailEtc} from '../lab/mail.js'
import {jsonOf} from '../support/cli.js'
import type {MailReport} from '../../src/capabilities/mail/report.js'

describe.skipIf(!canBuildLabs())('netdoc mail in the lab', () => {
  let lab: Lab | null = null
  afterEach(() => {
    lab?.destroy()
    lab = null
  })

  async function mail(args: string[], files: Record<string, string> = {}): Promise<{report: MailReport; code: number; stdout: string}> {
    lab ??= new Lab('mail')
    const etc = mailEtc(lab, files)
    const result = await lab.try('pc', mailArgv(etc, ['mail', ...args]))
    return {report: jsonOf<MailReport>(result), code: result.code, stdout: result.stdout}
  }

  async function built(): Promise<Lab> {
    lab = new Lab('mail')
    await buildMail(lab)
    return lab
  }

  const cases: {name: string; address: string; verdict: string; title: RegExp}[] = [
    {name: 'IPv4 passes', address: MAIL_NET.pc4, verdict: 'mail.ok', title: /resolves back/},
    {name: 'IPv6 passes', address: MAIL_NET.pc6, verdict: 'mail.ok', title: /resolves back/},
    {name: 'no PTR', address: MAIL_NET.noPtr, verdict: 'mail.no-ptr', title: /203\.0\.113\.7 has no PTR record/},
    {
      name: 'a PTR to a name with no address',
      address: MAIL_NET.ghost,
      verdict: 'mail.ptr-no-address',
      title: /ghost\.example\.net, which has no address/,
    },
    {
      name: 'a PTR to a name with another address',
      address: MAIL_NET.stray,
      verdict: 'mail.ptr-mismatch',
      title: /mail\.example\.net, which resolves to .*not back to 203\.0\.113\.9/,
    },
    {
      name: 'a generic name',
      address: MAIL_NET.generic,
      verdict: 'mail.generic-ptr',
      title: /dsl-203-0-113-10\.pool\.example\.net.*spells the address/,
    },
  ]
  for (const c of cases)
    it(`${c.name}: ${c.verdict}`, async () => {
      await built()
      const {report, code} = await mail([c.address, '--json'])
      expect(report.verdict.id, JSON.stringify(report, null, 1)).toBe(c.verdict)
      expect(report.verdict.title).toMatch(c.title)
      expect(report.senders.map(row => row.address)).toEqual([c.address])
      expect(code).toBe(c.verdict === 'mail.ok' ? 0 : 1)
    }, 30_000)

  it("a bounce whose first hop (a phone's IPv6 privacy address) has no PTR, while the server's own address passes", async () => {
    const built_ = await built()
    const etc = mailEtc(built_)
    const bounce = join(etc, 'bounce.eml')
    writeFileSync(bounce, SEED_BOUNCE)
    const result = await built_.try('pc', mailArgv(etc, ['mail', '--headers', bounce, '--json']))
    const report = jsonOf<MailReport>(result)
    expect(report.verdict.id, JSON.stringify(report, null, 1)).toBe('mail.no-ptr')
    expect(report.verdict.subject).toBe(MAIL_NET.phone)
    expect(report.verdict.title).toMatch(/^hop 1 /)
    expect(report.verdict.next.join('\n')).toMatch(/Stop the header.*headers_remove = Received/)
    expect(report.verdict.next.join('\n')).toMatch(/relay through a host whose address has a PTR/)
    expect(report.verdict.next.join('\n')).toMatch(/over IPv4/)
    expect(report.senders.map(row => [row.address, row.status])).toEqual([
      [MAIL_NET.phone, 'failed'],
      [MAIL_NET.pc6, 'ok'],
    ])
    expect(result.code).toBe(1)
    const human = await built_.try('pc', mailArgv(etc, ['mail', '--headers', bounce]))
    expect(human.stdout).toContain('PROBLEM  hop 1 (from [2001:db8:77:0:1571:f2fc:1a42:9b38] by mail.example.net)')
  }, 30_000)

  it("with no argument, checks this machine's public addresses of both families and Postfix's HELO name", async () => {
    await built()
    const {report, code} = await mail(['--json'], {'postfix/main.cf': '# the server\nmyhostname = mail.example.net\n'})
    expect(report.verdict.id, JSON.stringify(report, null, 1)).toBe('mail.ok')
    expect(report.senders.map(row => row.address).sort()).toEqual([MAIL_NET.pc4, MAIL_NET.pc6].sort())
    expect(report.helo).toMatchObject({mta: 'postfix', name: 'mail.example.net', status: 'ok'})
    expect(code).toBe(0)
  }, 30_000)

  it("a HELO name that resolves to another machine's address: mail.helo-mismatch", async () => {
    await built()
    const {report} = await mail([MAIL_NET.pc4, '--json'], {'postfix/main.cf': 'myhostname = other.example.net\n'})
    expect(report.verdict.id, JSON.stringify(report, null, 1)).toBe('mail.helo-mismatch')
    expect(report.verdict.title).toMatch(/other\.example\.net resolves to 198\.51\.100\.99, none of this machine's sending addresses/)
  }, 30_000)

  it("Exim's primary_hostname is read too", async () => {
    await built()
    const {report} = await mail([MAIL_NET.pc4, '--json'], {'exim4/exim4.conf': 'primary_hostname = mail.example.net\nbegin routers\n'})
    expect(report.helo).toMatchObject({mta: 'exim', setting: 'primary_hostname', name: 'mail.example.net', status: 'ok'})
    expect(report.verdict.id).toBe('mail.ok')
  }, 30_000)

  it('a DNS server that says nothing: netdoc.undetermined within the timeout, never a missing PTR', async () => {
    const built_ = await built()
    built_.nft('dns', SILENT_DNS)
    const started = performance.now()
    const {report, code} = await mail([MAIL_NET.noPtr, '--json', '--timeout', '2'])
    expect(report.verdict.id, JSON.stringify(report, null, 1)).toBe('netdoc.undetermined')
    expect(report.verdict.evidence.join('\n')).toMatch(/could not be read: 198\.51\.100\.53: no-answer/)
    expect(code).toBe(1)
    // Nothing hangs: the 2 s --timeout holds (with room for a loaded machine's start-up).
    expect(performance.now() - started).toBeLessThan(4000)
  }, 30_000)

  it('--server asks the DNS server named instead of resolv.conf', async () => {
    const built_ = await built()
    const etc = mailEtc(built_, {'resolv.conf': 'nameserver 198.51.100.1\n'})
    const result = await built_.try('pc', mailArgv(etc, ['mail', MAIL_NET.pc4, '--server', MAIL_NET.dns, '--json']))
    const report = jsonOf<MailReport>(result)
    expect(report.servers).toEqual([MAIL_NET.dns])
    expect(report.serversFrom).toBe('--server')
    expect(report.verdict.id).toBe('mail.ok')
  }, 30_000)

  it('a host name: the addresses it resolves to are checked', async () => {
    await built()
    const {report} = await mail(['mail.example.net', '--json'])
    expect(report.senders.map(row => row.address).sort()).toEqual([MAIL_NET.pc4, MAIL_NET.pc6].sort())
    expect(report.verdict.id).toBe('mail.ok')
  }, 30_000)

  it('a snapshot taken with --mail replays to the same verdict elsewhere (--from)', async () => {
    const built_ = await built()
    const etc = mailEtc(built_, {'postfix/main.cf': 'myhostname = other.example.net\n'})
    const file = join(built_.tempDir(), 'snapshot.json')
    const taken = await built_.try('pc', mailArgv(etc, ['snapshot', '--mail', '-o', file]))
    expect(taken.code, taken.stderr).toBe(0)
    const live = jsonOf<MailReport>(await built_.try('pc', mailArgv(etc, ['mail', '--json'])))
    const replayed = await built_.try('pc', mailArgv(etc, ['mail', '--from', file, '--json']))
    expect(jsonOf<MailReport>(replayed).verdict).toEqual(live.verdict)
    expect(live.verdict.id).toBe('mail.helo-mismatch')
  }, 30_000)
})
