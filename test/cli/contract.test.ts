// The contract for bad input, walked for every registered command: each kind of bad input (unknown flag, a flag without its value,
// a value a flag refuses, an extra or missing argument, a bad NETDOC_ROOT, a bad --from, an unwritable -o), as a person types it
// and with --json, must end with exit 2, one `netdoc:` line on stderr, and on stdout nothing (or, with --json, only the error
// object). The cases come from the commands' own flag and argument definitions, so a new command joins by being registered.
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {COMMANDS} from '../../commands/index.js'
import {inputKindOf, type InputKind} from '../../src/cli/flags.js'
import {NETDOC_BIN, cliEnv} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-contract-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const folder = join(dir, 'a-folder')
mkdirSync(folder)

/** BAD lists, for each kind of input, values a person might give that netdoc must refuse. */
const BAD: Record<InputKind, string[]> = {
  seconds: ['abc', '-1', '999'],
  count: ['abc', '0', '2.5', '999'],
  port: ['eth0/x', 'nosuchport0'],
  pool: ['10.0.0.9-10.0.0.1'],
  host: ['999.1.1.1', 'http://nas.lan/', 'a;b'],
  sender: ['999.1.1.1', 'http://mail.example.org/', 'a;b'],
  address: ['mail.example.org', '999.1.1.1', 'a;b'],
  'snapshot-file': [
    join(dir, 'missing.json'),
    folder,
    '/dev/zero',
    file('corrupt.json', '{"format": "netdoc-snapshot", "version": 1, "gaps": ['),
    file('foreign.json', '{"hello": "world"}\n'),
    file('empty-snapshot.json', JSON.stringify({format: 'netdoc-snapshot', version: 1, collectedAt: '2026-01-01T00:00:00.000Z', gaps: []})),
  ],
  'output-file': [join(dir, 'no-such-folder', 'out.txt'), folder],
  'input-file': [join(dir, 'missing.log'), folder, '/dev/zero'],
  'answers-file': [join(dir, 'missing-answers.txt'), file('maybe.txt', 'lights=maybe\n')],
  pid: ['abc', '0', '4194305', '4194304'],
  user: ['Bad User', 'nosuchuser-netdoc'],
  program: [join(dir, 'no-such-program'), 'a\nb', 'no-such-program-netdoc'],
}

/** MISSING_REFUSED lists the argument kinds that cannot be left out (a host to check; a replay names its own). */
const MISSING_REFUSED: InputKind[] = ['host']

/** A VALID value of each argument kind, to reach the argument after it. */
const VALID: Partial<Record<InputKind, string>> = {host: '192.0.2.10', sender: '192.0.2.10', program: '/bin/sh'}

interface Definition {
  type?: string
  char?: string
  options?: readonly string[]
}

interface Case {
  name: string
  args: string[]
  env?: Record<string, string>
}

/** casesFor derives the bad-input cases of one command from its flags and arguments. */
function casesFor(id: string, command: (typeof COMMANDS)[keyof typeof COMMANDS]): Case[] {
  const words = id.split(':')
  const flags = Object.entries((command.flags ?? {}) as Record<string, Definition>).filter(([name]) => name !== 'json')
  const args = Object.values((command.args ?? {}) as Record<string, Definition & object>)
  const cases: Case[] = [
    {name: 'an unknown flag', args: [...words, '--bogus']},
    {name: 'NETDOC_ROOT that does not exist', args: words, env: {NETDOC_ROOT: join(dir, 'no-such-root')}},
    {name: 'NETDOC_ROOT that is a file', args: words, env: {NETDOC_ROOT: BAD['snapshot-file'][4]!}},
  ]
  for (const [name, flag] of flags) {
    if (flag.type === 'boolean') continue
    cases.push({name: `--${name} without its value`, args: [...words, `--${name}`]})
    if (flag.options) cases.push({name: `--${name} outside its options`, args: [...words, `--${name}`, 'no-such-option']})
    const kind = inputKindOf(flag)
    for (const value of kind ? BAD[kind] : []) cases.push({name: `--${name} ${value}`, args: [...words, `--${name}`, value]})
    if (!kind && !flag.options)
      throw new Error(
        `${id} --${name} is a plain flag: build it with src/cli/flags.ts, so that it checks its own input (and this test knows bad input for it)`,
      )
  }
  const kinds = args.map(arg => inputKindOf(arg))
  for (const [index, kind] of kinds.entries()) {
    const before = kinds.slice(0, index).map(k => VALID[k!]!)
    for (const value of kind ? BAD[kind] : []) cases.push({name: `argument ${value}`, args: [...words, ...before, value]})
    if (kind && MISSING_REFUSED.includes(kind)) cases.push({name: `argument ${index + 1} left out`, args: [...words, ...before]})
  }
  if (command.strict !== false) cases.push({name: 'an extra argument', args: [...words, ...kinds.map(kind => VALID[kind!]!), 'extra']})
  return cases
}

/** AS_ROOT: probing commands run in a network namespace of their own with only loopback (nothing can leave it); without root
 * they are left out, since their bad input is refused before anything is sent only if netdoc has no bug. */
const AS_ROOT = process.getuid?.() === 0

/** runIsolated runs netdoc in a working folder of its own (which must stay empty: bad input writes nothing) and returns it. */
function runIsolated(args: string[], env: Record<string, string>): Promise<{code: number; stdout: string; stderr: string; cwd: string}> {
  const cwd = mkdtempSync(join(dir, 'cwd-'))
  const argv = AS_ROOT ? ['unshare', '--net', '--', process.execPath, NETDOC_BIN, ...args] : [process.execPath, NETDOC_BIN, ...args]
  return new Promise(resolve => {
    const child = spawn(argv[0]!, argv.slice(1), {env: cliEnv({NO_COLOR: '1', ...env}), cwd})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({code: code ?? -1, stdout, stderr, cwd}))
    child.stdin.end('')
  })
}

const matrix = Object.entries(COMMANDS)
  .filter(([, command]) => AS_ROOT || !(command as {probes?: boolean}).probes)
  .flatMap(([id, command]) => casesFor(id, command).map(test => ({id, ...test})))

describe('the bad-input contract of every command', () => {
  it('covers every registered command with every kind of bad input it can meet', () => {
    const ids = new Set(matrix.map(test => test.id))
    for (const [id, command] of Object.entries(COMMANDS))
      if (AS_ROOT || !(command as {probes?: boolean}).probes) expect(ids, id).toContain(id)
    expect(matrix.length).toBeGreaterThan(100)
  })

  it.concurrent.each(
    matrix.flatMap(test => [
      {...test, json: false},
      {...test, json: true},
    ]),
  )('$id, $name, json: $json', async test => {
    const result = await runIsolated(test.json ? [...test.args, '--json'] : test.args, test.env ?? {})
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(result.code, result.stderr).toBe(2)
    expect(lines, result.stderr).toHaveLength(1)
    expect(lines[0]).toMatch(/^netdoc: \S/)
    if (test.json) expect(JSON.parse(result.stdout)).toEqual({error: {code: 'bad-input', message: lines[0]}})
    else expect(result.stdout).toBe('')
    expect(readdirSync(result.cwd)).toEqual([])
  })
})
