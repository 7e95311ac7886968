// `netdoc why-no-ping` refuses hostile or malformed targets with exit code 2 and runs nothing: checked with spy programs on PATH,
// inside a namespace that holds only loopback (so even a bug could not reach anything).
import {readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Lab, NETDOC_BIN, canBuildLabs} from '../lab/lab.js'

const SPIED = ['ping', 'arping', 'ip', 'tcpdump', 'getcap', 'sh', 'rm']

describe.skipIf(!canBuildLabs())('why-no-ping refuses bad targets before anything runs', () => {
  let lab: Lab
  let spyDir: string
  let markDir: string

  beforeAll(() => {
    lab = new Lab('p5')
    lab.addHost('pc')
    spyDir = lab.tempDir()
    markDir = lab.tempDir()
    for (const program of SPIED) writeFileSync(join(spyDir, program), `#!/bin/sh\ntouch ${markDir}/${program}\n`, {mode: 0o755})
  })
  afterAll(() => lab?.destroy())

  /** whyNoPing runs netdoc with the spies first on its PATH (only netdoc's: `ip netns exec` itself is the real one). */
  const whyNoPing = (args: string[]) =>
    lab.try('pc', ['env', `PATH=${spyDir}:/usr/bin:/bin`, 'NO_COLOR=1', process.execPath, NETDOC_BIN, 'why-no-ping', ...args])

  it.each([
    ['-f', /^netdoc: unknown flag -f for netdoc why-no-ping \(see `netdoc why-no-ping --help`\)\n$/],
    ['8.8.8.8; rm -rf /', /is not a host name: it contains ';', a space, '\/'/],
    ['', /the host to check is empty/],
    ['x'.repeat(300), /300 characters long; a host name has at most 253/],
    ['999.1.1.1', /"999.1.1.1" is not a valid IPv4 address/],
    ['$(touch /tmp/pwned)', /is not a host name/],
  ])('refuses %j with exit code 2 and one clear line', async (target, message) => {
    const result = await whyNoPing([target])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(readdirSync(markDir)).toEqual([])
  })

  it('takes -h as a request for help: the usage, exit 0, nothing probed', async () => {
    const result = await whyNoPing(['-h'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^USAGE\n {2}\$ netdoc why-no-ping \[HOST\]/m)
    expect(readdirSync(markDir)).toEqual([])
  })

  it('refuses the same target given after --', async () => {
    const result = await whyNoPing(['--', '-f'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/"-f" starts with '-'/)
    expect(readdirSync(markDir)).toEqual([])
  })

  it('refuses a bad --timeout, a missing host and two hosts', async () => {
    for (const args of [['10.0.0.1', '--timeout', 'soon'], [], ['nas', 'printer']]) {
      const result = await whyNoPing(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^netdoc: /)
    }
    expect(readdirSync(markDir)).toEqual([])
  })

  it('teaches with --help: summary, the verdict ids, examples', async () => {
    const result = await lab.netdoc('pc', ['why-no-ping', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/One root cause, its evidence, and what to do next/)
    expect(result.stdout).toMatch(/target\.wrong-subnet/)
    expect(result.stdout).toMatch(/EXAMPLES/)
  })
})
