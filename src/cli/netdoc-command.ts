// The base of every command: --json, the host-root check, and exit codes (0 clear, 1 problem, 2 bad input).
import {Command} from '@oclif/core'
import {isProblem, type Finding} from '../engine/finding.js'
import {rootProblem} from '../host/root.js'

/** NetdocCommand gives every command --json, a checked NETDOC_ROOT and netdoc's exit codes. */
export abstract class NetdocCommand extends Command {
  static override enableJsonFlag = true

  override async init(): Promise<void> {
    await super.init()
    const problem = rootProblem()
    if (problem) this.refuse(problem)
  }

  /** finish prints the human view unless --json is on, sets the exit code from the findings, and returns the report. */
  protected finish<R extends {findings: Finding[]}>(report: R, human: (report: R) => string): R {
    return this.conclude(report, human, report.findings.some(isProblem))
  }

  /** conclude is finish for a report without findings: the caller says whether a problem was found. */
  protected conclude<R>(report: R, human: (report: R) => string, problemFound: boolean): R {
    if (!this.jsonEnabled()) this.log(human(report))
    process.exitCode = problemFound ? 1 : 0
    return report
  }

  /** refuse stops with a one-line message on stderr (never wrapped, no stack) and exit code 2, for input netdoc cannot use. */
  protected refuse(message: string): never {
    process.stderr.write(`netdoc: ${message}\n`)
    this.exit(2)
  }
}
