// Help however it is asked for: --help, -h, `netdoc help`, `netdoc help COMMAND` (a topic's command in words too).
import {describe, expect, it} from 'vitest'
import {runNetdoc} from '../support/cli.js'

describe('netdoc help', () => {
  it.each([[['--help']], [['-h']], [['help']]])('%j lists the commands', async args => {
    const result = await runNetdoc(args)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^COMMANDS$/m)
    for (const command of ['nics', 'why-no-ping', 'explain', 'displays', 'snapshot', 'report', 'guide', 'help'])
      expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'))
  })

  it.each([[['help', 'nics']], [['nics', '-h']], [['nics', '--help']]])('%j shows the flags and examples of nics', async args => {
    const result = await runNetdoc(args)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^USAGE\n {2}\$ netdoc nics /m)
    expect(result.stdout).toContain('--all')
    expect(result.stdout).toMatch(/^EXAMPLES$/m)
  })

  it('shows a topic command named in words', async () => {
    const result = await runNetdoc(['help', 'lan', 'find'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^USAGE\n {2}\$ netdoc lan find \[DEVICE\.\.\.\]/m)
  })

  it('refuses help for a command that does not exist, in one line', async () => {
    const result = await runNetdoc(['help', 'frobnicate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('netdoc: there is no command "frobnicate" (see `netdoc --help`)\n')
  })
})
