// The base of every command: --json, --from replay, the host-root check, and exit codes (0 clear, 1 problem, 2 bad input).
import {writeFileSync} from 'node:fs'
import {Command} from '@oclif/core/command'
import * as Flags from '@oclif/core/flags'
import {isProblem, type Finding} from '../engine/finding.js'
import {rootProblem} from '../host/root.js'
import type {Catalog} from '../explain/catalog.js'
import type {Snapshot} from '../snapshot/snapshot.js'

/** SectionName names a part of the Snapshot a command needs (nics, ping, displays…). */
export type SectionName = Exclude<keyof Snapshot, 'format' | 'version' | 'collectedAt' | 'gaps'>

/** replayFlags gives a command `--from FILE`, to replay a snapshot instead of reading this machine. */
export const replayFlags = {
  from: Flags.string({
    description: 'Replay a snapshot file (made by `netdoc snapshot`) instead of reading this machine.',
    helpValue: 'FILE',
  }),
}

/** NetdocCommand gives every command --json, a checked NETDOC_ROOT and netdoc's exit codes. */
export abstract class NetdocCommand extends Command {
  static override enableJsonFlag = true

  override async init(): Promise<void> {
    await super.init()
    const problem = rootProblem()
    if (problem) this.refuse(problem)
  }

  /** obtainSnapshot replays the file given with --from (checking it holds the sections needed), or collects from this machine. */
  protected async obtainSnapshot(from: string | undefined, needs: SectionName[], collect: () => Promise<Snapshot>): Promise<Snapshot> {
    return from === undefined ? collect() : this.replaySnapshot(from, needs)
  }

  /** replaySnapshot loads the snapshot file given with --from, refusing (exit 2) a bad file or one without the sections needed. */
  protected async replaySnapshot(from: string, needs: SectionName[]): Promise<Snapshot> {
    const {loadSnapshotFile} = await import('../snapshot/load.js')
    const loaded = await loadSnapshotFile(from)
    if (!loaded.ok) this.refuse(loaded.error)
    const missing = needs.filter(section => loaded.snapshot[section] === undefined)
    if (missing.length > 0)
      this.refuse(`${from} holds no ${missing.join(', ')} facts: take it again with \`netdoc snapshot\` on the machine itself`)
    return loaded.snapshot
  }

  /** catalogIf loads the message catalog when there are log lines worth reading with it (loading costs time, so only then). */
  protected async catalogIf(needed: boolean): Promise<Catalog | null> {
    if (!needed) return null
    const {loadCatalog} = await import('../explain/load-catalog.js')
    const catalog = await loadCatalog()
    if (!catalog.ok) this.refuse(`netdoc's message catalog is broken: ${catalog.error}`)
    return catalog.value
  }

  /** redact masks a snapshot's MACs (keeping the vendor), public addresses, host names, Wi-Fi names and serials, consistently. */
  protected async redact(snapshot: Snapshot): Promise<Snapshot> {
    const [{redactSnapshot}, {readMachineNames}] = await Promise.all([import('../redact/snapshot.js'), import('../collect/machine-names.js')])
    const redacted = await redactSnapshot(snapshot, readMachineNames())
    if (!redacted.ok) this.refuse(redacted.error)
    return redacted.snapshot
  }

  /** writeOutput writes a file the user named (-o); a path that cannot be written is refused with one line and exit 2. */
  protected async writeOutput(path: string, text: string): Promise<void> {
    try {
      writeFileSync(path, text)
    } catch (error) {
      this.refuse(`cannot write ${path}: ${(error as Error).message}`)
    }
  }

  /** conclude prints the human view unless --json is on, sets the exit code (1 when `problem`, else 0), and returns the report. */
  protected conclude<R>(report: R, human: (report: R) => string, problem: boolean): R {
    if (!this.jsonEnabled()) this.log(human(report))
    process.exitCode = problem ? 1 : 0
    return report
  }

  /** finish concludes a report whose findings decide the exit code. */
  protected finish<R extends {findings: Finding[]}>(report: R, human: (report: R) => string): R {
    return this.conclude(report, human, report.findings.some(isProblem))
  }

  /** refuse stops with a one-line message on stderr (never wrapped, no stack) and exit code 2, for input netdoc cannot use. */
  protected refuse(message: string): never {
    process.stderr.write(`netdoc: ${message}\n`)
    this.exit(2)
  }
}
