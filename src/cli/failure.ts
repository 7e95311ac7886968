// Turns whatever ended a run early (a refusal, oclif's usage errors, an exit, a bug) into netdoc's contract: one line, an exit code,
// and with --json a small error object on stdout.
import {printable} from '../render/printable.js'
import {BadInput, Stopped} from './bad-input.js'

/** EXIT names netdoc's exit codes: nothing wrong, a problem found, bad input or usage, netdoc itself failed (a bug), stopped by the person. */
export const EXIT = {clear: 0, problem: 1, badInput: 2, failed: 3, stopped: 130} as const

/** FailureCode is the `error.code` of the JSON error object. */
export type FailureCode = 'bad-input' | 'internal' | 'stopped'

/** Failure is how a run ends that did not produce its report: the exit code, the one line for stderr (null: nothing to say). */
export interface Failure {
  exitCode: number
  code: FailureCode | null
  line: string | null
}

/** ErrorJson is what `--json` prints on stdout when a run fails: `{"error": {"code": "bad-input", "message": "netdoc: …"}}`. */
export interface ErrorJson {
  error: {code: FailureCode; message: string}
}

interface OclifError extends Error {
  /** commandId is set by NetdocCommand.catch: the command that was running. */
  commandId?: string
  oclif?: {exit?: number}
  code?: string
  parse?: unknown
  flags?: unknown
  args?: unknown
}

const ANSI = /\x1b\[[0-9;]*m/g

/** commandWords spells a command id as typed: `lan:find` is `lan find`. */
export function commandWords(id: string): string {
  return id.split(':').join(' ')
}

function helpHint(commandId: string | undefined): string {
  return commandId ? `(see \`netdoc ${commandWords(commandId)} --help\`)` : '(see `netdoc --help`)'
}

/** reasonLines are an oclif message's lines without its decorations ("See more help with --help", "The following error occurred:"). */
function reasonLines(message: string): string[] {
  return message
    .replace(ANSI, '')
    .split('\n')
    .map(line => line.trim())
    .filter(
      line =>
        line !== '' && line !== 'See more help with --help' && !/^The following errors? occurred:$/.test(line) && !/^Parsing --/.test(line),
    )
}

function quoted(values: unknown[]): string {
  return values.map(value => JSON.stringify(String(value))).join(', ')
}

/** usageLine words one of oclif's parse errors (unknown flag, extra or missing argument, a value outside a flag's options). */
function usageLine(error: OclifError, commandId: string | undefined): string {
  const command = commandId ? `netdoc ${commandWords(commandId)}` : 'netdoc'
  const hint = helpHint(commandId)
  if (Array.isArray(error.flags)) return `unknown flag ${error.flags.join(', ')} for ${command} ${hint}`
  if (Array.isArray(error.args) && error.args.every(arg => typeof arg === 'string'))
    return `unexpected argument${error.args.length === 1 ? '' : 's'} ${quoted(error.args)} for ${command} ${hint}`
  if (Array.isArray(error.args)) {
    const names = error.args.map(arg => String((arg as {name?: string}).name ?? 'an argument').toUpperCase())
    return `${command} needs ${names.join(' and ')} ${hint}`
  }
  const [first = 'the command line cannot be read'] = reasonLines(error.message)
  const option = /^Expected --([\w-]+)=(.*) to be one of: (.*)$/.exec(first)
  if (option) return `--${option[1]} takes one of ${option[3]}, not ${JSON.stringify(option[2])} ${hint}`
  const worded = first
    .replace(/^Flag (--[\w-]+) expects a value$/, '$1 needs a value (one that does not start with a dash)')
    .replace(/^Flag (--[\w-]+) can only be specified once$/, '$1 was given twice')
    .replace(/^Flag (--[\w-]+) expects one of these values: (.*)$/, '$1 takes one of $2')
  return `${worded} ${hint}`
}

/** describeFailure classifies what ended a run: netdoc's refusals and oclif's usage errors are bad input (exit 2), an exit is its
 * code, the person stopping is 130, anything else is a bug in netdoc (exit 3). */
export function describeFailure(error: unknown): Failure {
  if (error instanceof BadInput) return {exitCode: EXIT.badInput, code: 'bad-input', line: `netdoc: ${printable(error.reason)}`}
  if (error instanceof Stopped) return {exitCode: EXIT.stopped, code: 'stopped', line: error.reason}
  const oclif = (error ?? {}) as OclifError
  const commandId = oclif.commandId
  if (oclif.code === 'EEXIT') return {exitCode: oclif.oclif?.exit ?? EXIT.failed, code: null, line: null}
  const message = typeof oclif.message === 'string' ? oclif.message : String(error)
  const unknownCommand = /^command (\S+) not found$/.exec(message)
  if (unknownCommand)
    return {
      exitCode: EXIT.badInput,
      code: 'bad-input',
      line: `netdoc: there is no command "${commandWords(unknownCommand[1]!)}" ${helpHint(undefined)}`,
    }
  if (oclif.parse !== undefined || message.includes('See more help with --help') || /^(Flag --|Unexpected flag )/.test(message))
    return {exitCode: EXIT.badInput, code: 'bad-input', line: `netdoc: ${usageLine(oclif, commandId)}`}
  const first = reasonLines(message)[0] ?? 'no message'
  return {exitCode: EXIT.failed, code: 'internal', line: `netdoc: internal error: ${first} (a bug in netdoc; NETDOC_DEBUG=1 shows where)`}
}

/** errorJson is the JSON error object for a failure, its message the same line stderr shows. */
export function errorJson(failure: Failure & {code: FailureCode; line: string}): ErrorJson {
  return {error: {code: failure.code, message: failure.line}}
}

/** wantsJson tells whether the command line asks for JSON (`--json` before any `--`). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  const json = argv.indexOf('--json')
  return json !== -1 && (end === -1 || json < end)
}
