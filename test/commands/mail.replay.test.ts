// `netdoc mail --from FILE` replays a snapshot's mail checks offline, and what `netdoc mail` refuses before it asks anything:
// a headers file with no Received: chain, an address beside --headers, --from beside an address; a recorded tree is not probed.
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {mailSnapshot, passing, sender} from '../support/mail.js'
import {NETDOC_BIN, cliEnv, jsonOf, runNetdoc, type CliResult} from '../support/cli.js'
import type {MailReport} from '../../src/capabilities/mail/report.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-mail-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const snapshotFile = join(dir, 'mail.json')
writeFileSync(snapshotFile, JSON.stringify(mailSnapshot([passing(), sender('203.0.113.7', [])])))
const notHeaders = join(dir, 'letter.txt')
writeFileSync(notHeaders, 'Dear David,\n\nsee you on Sunday.\n')

describe('netdoc mail --from', () => {
  it('replays the verdict and the rows, with exit code 1 for a missing PTR', async () => {
    const result = await runNetdoc(['mail', '--from', snapshotFile, '--json'])
    const report = jsonOf<MailReport>(result)
    expect(report.verdict).toMatchObject({id: 'mail.no-ptr', subject: '203.0.113.7'})
    expect(report.senders.map(row => row.status)).toEqual(['ok', 'failed'])
    expect(result.code).toBe(1)
  })

  it('prints the human view', async () => {
    const result = await runNetdoc(['mail', '--from', snapshotFile])
    expect(result.stdout).toMatch(/^PROBLEM {2}the given address: 203\.0\.113\.7 has no PTR record/)
    expect(result.stdout).toContain('OK           198.51.100.25  the given address')
  })
})

/** refusedRun runs netdoc as root in a network namespace of its own with only loopback, as the contract test does: a case wrongly
 * accepted still cannot send a DNS question anywhere. Without root it is an ordinary run. */
function refusedRun(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  if (process.getuid?.() !== 0) return runNetdoc(args, env)
  return new Promise(resolve => {
    const child = spawn('unshare', ['--net', '--', process.execPath, NETDOC_BIN, ...args], {env: cliEnv({NO_COLOR: '1', ...env})})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({code: code ?? -1, stdout, stderr}))
    child.stdin.end('')
  })
}

describe('what netdoc mail refuses (exit 2, one line, nothing asked)', () => {
  const refusals: [string, string[], RegExp][] = [
    ['a headers file without a Received: chain', ['mail', '--headers', notHeaders], /letter\.txt: no Received: header/],
    ['an address beside --headers', ['mail', '192.0.2.10', '--headers', notHeaders], /either an address or host name, or --headers FILE/],
    ['--from beside an address', ['mail', '192.0.2.10', '--from', snapshotFile], /--from replays the addresses the snapshot checked/],
    ['--server that is a name', ['mail', '--server', 'dns.example.net'], /--server takes an IP address/],
  ]
  for (const [name, args, line] of refusals)
    it(name, async () => {
      const result = await refusedRun(args)
      expect(result.code).toBe(2)
      expect(result.stderr.trim()).toMatch(line)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stdout).toBe('')
    })

  it('does not probe a recorded tree', async () => {
    const result = await refusedRun(['mail', '192.0.2.10'], {NETDOC_ROOT: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/mail probes the live network, which a recorded tree \(NETDOC_ROOT\) cannot answer/)
  })
})
