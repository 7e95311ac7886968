// The start-up bundle's entry: the command registry and netdoc's main, which runs oclif and keeps netdoc's contract for every way
// a run can end early (one `netdoc:` line on stderr, exit 2 for bad input, the JSON error object with --json).
import {run} from '@oclif/core/run'
import {printable} from '../render/printable.js'
import {describeFailure, errorJson, wantsJson} from './failure.js'

export {COMMANDS} from '../../commands/index.js'

/** main runs the command line `argv` (without node and the script) for the package whose executable is `bin`. */
export async function main(argv: string[], bin: string): Promise<void> {
  try {
    await run(argv, bin)
  } catch (error) {
    const failure = describeFailure(error)
    if (failure.line !== null) failure.line = printable(failure.line)
    if (process.env.NETDOC_DEBUG && failure.code === 'internal') process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
    if (failure.line !== null) process.stderr.write(`${failure.line}\n`)
    if (failure.code !== null && failure.line !== null && wantsJson(argv))
      process.stdout.write(`${JSON.stringify(errorJson({...failure, code: failure.code, line: failure.line}))}\n`)
    process.exitCode = failure.exitCode
  }
}
