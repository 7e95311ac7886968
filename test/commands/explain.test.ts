// `netdoc explain` as a user runs it: text, stdin, --file, the JSON contract, exit codes 0/1/2, one-line errors.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runNetdoc} from '../support/cli.js'

const directory = mkdtempSync(join(tmpdir(), 'netdoc-explain-cli-'))
afterAll(() => rmSync(directory, {recursive: true, force: true}))

interface ExplainJson {
  matches: {
    id: string
    source: string
    severity: string
    title: string
    meaning: string
    causes: string[]
    next: string[]
    count: number
    lines: {first: number; last: number}
  }[]
  unmatched: number
}

function expectOneLineError(stderr: string, text: RegExp): void {
  expect(stderr).toMatch(text)
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\bat .*\.js:\d+/)
}

describe('netdoc explain', () => {
  it('explains a message given as words, and exits 1 for a recognised problem', async () => {
    const result = await runNetdoc(['explain', 'ping:', 'connect:', 'Network', 'is', 'unreachable'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('[ping.network-unreachable]')
    expect(result.stdout).toMatch(/causes:/)
    expect(result.stdout).toMatch(/next:/)
  })

  it('keeps the JSON contract: matches with id, source, severity, title, meaning, causes, next, count, lines; and unmatched', async () => {
    const log = [
      'Mar  1 10:00:01 box kernel: e1000e: eth0 NIC Link is Down',
      'noise',
      'more noise',
      'Mar  1 10:00:05 box kernel: e1000e: eth0 NIC Link is Down',
    ].join('\n')
    const result = await runNetdoc(['explain', '-', '--json'], {}, log)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as ExplainJson
    expect(report.unmatched).toBe(2)
    expect(report.matches).toHaveLength(1)
    const [match] = report.matches
    for (const key of ['id', 'source', 'severity', 'title', 'meaning', 'causes', 'next', 'count', 'lines'])
      expect(match).toHaveProperty(key)
    expect(match).toMatchObject({
      id: 'nic-driver.link-down',
      source: 'nic-driver',
      severity: 'warning',
      count: 2,
      lines: {first: 1, last: 4},
    })
  })

  it('reads a whole log with --file, and --source narrows it', async () => {
    const path = join(directory, 'syslog')
    writeFileSync(path, 'dhclient[611]: No DHCPOFFERS received.\n[    27.093] (EE) no screens found(EE)\n')
    const all = JSON.parse((await runNetdoc(['explain', '--file', path, '--json'])).stdout) as ExplainJson
    expect(all.matches.map(match => match.id).sort()).toEqual(['dhcp.no-offers', 'xorg.no-screens-found'])
    const xorg = await runNetdoc(['explain', '-f', path, '--source', 'xorg', '--json'])
    expect((JSON.parse(xorg.stdout) as ExplainJson).matches.map(match => match.id)).toEqual(['xorg.no-screens-found'])
    expect((JSON.parse(xorg.stdout) as ExplainJson).unmatched).toBe(1)
  })

  it('says honestly that it recognised nothing, suggests what to capture, and exits 0', async () => {
    const result = await runNetdoc(['explain', 'everything is slow since Tuesday'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/not recogni[sz]ed|nothing/i)
    expect(result.stdout).toContain('journalctl -b -k')
  })

  it('exits 0 for information only (decoded capability masks)', async () => {
    const result = await runNetdoc(['explain', '-'], {}, 'CapEff:\t0000000000003000\n')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('cap_net_admin,cap_net_raw')
  })

  it('refuses a missing file, a directory, a binary file, empty text and text plus --file with one line and exit 2', async () => {
    const binary = join(directory, 'system.journal')
    writeFileSync(binary, Buffer.from([0x4c, 0x50, 0x4b, 0x53, 0, 0, 0, 1]))
    const cases: [string[], RegExp, string?][] = [
      [['explain', '--file', join(directory, 'nope.log')], /does not exist/],
      [['explain', '--file', directory], /is a folder, not a file/],
      [['explain', '--file', binary], /is binary/],
      [['explain', ''], /empty/],
      [['explain', '-'], /standard input is empty/, ''],
      [['explain', 'text', '--file', binary], /either the text or --file/],
    ]
    for (const [args, message, input] of cases) {
      const result = await runNetdoc(args, {}, input)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expectOneLineError(result.stderr, message)
    }
  })

  it('rejects an unknown --source with exit 2', async () => {
    const result = await runNetdoc(['explain', '--source', 'fax', 'hello'])
    expect(result.code).toBe(2)
  })
})
