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
    if (problem) this.error(problem, {exit: 2})
  }

  /** finish prints the human view unless --json is on, sets the exit code from the findings, and returns the report. */
  protected finish<R extends {findings: Finding[]}>(report: R, human: (report: R) => string): R {
    if (!this.jsonEnabled()) this.log(human(report))
    process.exitCode = report.findings.some(isProblem) ? 1 : 0
    return report
  }

  /** refuse stops with a one-line message and exit code 2, for input netdoc cannot use. */
  protected refuse(message: string): never {
    this.error(message, {exit: 2})
  }
}
