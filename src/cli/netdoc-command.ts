// The base of every command: --json, --from replay, -o output files, the host-root check, and exit codes (0 clear, 1 problem,
// 2 bad input); what ends a run early is thrown and worded once, by src/cli/entry.ts.
import {Command} from '@oclif/core/command'
import {isProblem, type Finding} from '../engine/finding.js'
import type {Host} from '../host/host.js'
import {outputExistsProblem, writeOutputFile} from '../host/output-file.js'
import {rootProblem} from '../host/root.js'
import {jsonText, printable, printableDeep} from '../render/printable.js'
import type {SectionName} from '../capabilities/capability.js'
import type {CapsRequest} from '../capabilities/caps/facts.js'
import type {LoadedEndpoints} from '../capabilities/internet/endpoints.js'
import type {Target} from '../parse/target.js'
import type {Catalog} from '../explain/catalog.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {BadInput} from './bad-input.js'
import {DEFAULT_LISTEN_SECONDS} from '../capabilities/nics/listen-seconds.js'
import {snapshotFlag, type ReplayFile} from './flags.js'

/** replayFlags gives a command `--from FILE`, to replay a snapshot instead of reading this machine. */
export const replayFlags = {from: snapshotFlag}

/** capsRequest is what `--caps JOB` asks of the caps section: the job, for the shell that ran netdoc (null without the flag). */
export function capsRequest(job: string | undefined): CapsRequest | null {
  return job === undefined ? null : {program: null, pid: null, user: null, job: job as NonNullable<CapsRequest['job']>}
}

/** NetdocCommand gives every command --json, a checked NETDOC_ROOT, -o files and netdoc's exit codes. */
export abstract class NetdocCommand extends Command {
  static override enableJsonFlag = true
  /** probes marks a command that sends traffic on the network (tests run it only inside a network namespace of their own). */
  static probes = false

  /** output is the -o file this run writes its result to, once checked; null: the result goes to stdout. */
  private output: {path: string; force: boolean} | null = null
  /** machine is the host this run collects from, made once (see host()). */
  private machine: Host | null = null

  override async init(): Promise<void> {
    await super.init()
    const problem = rootProblem()
    if (problem) this.refuse(problem)
  }

  /** catch notes which command was running and passes the error on: src/cli/entry.ts words it (never oclif's JSON dump). */
  override async catch(error: Error & {commandId?: string}): Promise<never> {
    if (error instanceof Error && error.commandId === undefined) error.commandId = this.id
    throw error
  }

  /** logJson prints the --json result (what a terminal would act on \u-escaped), to the -o file when one was named. */
  override logJson(json: unknown): void {
    this.emit(jsonText(json))
  }

  /** replaySections returns the snapshot given with --from, refusing (exit 2) one without the sections needed (or, needing none
   * in particular, without any). */
  protected replaySections(replay: ReplayFile, needs: SectionName[]): Snapshot {
    const {format: _format, version: _version, collectedAt: _at, gaps: _gaps, ...sections} = replay.snapshot
    const missing = needs.filter(section => replay.snapshot[section] === undefined)
    if (missing.length > 0)
      this.refuse(`${replay.path} holds no ${missing.join(', ')} facts: take it again with \`netdoc snapshot\` on the machine itself`)
    if (Object.keys(sections).length === 0)
      this.refuse(`${replay.path} holds no facts at all: take it again with \`netdoc snapshot\` on the machine itself`)
    return replay.snapshot
  }

  /** obtainSnapshot replays the file given with --from (checking it holds the sections needed), or collects from this machine. */
  protected async obtainSnapshot(
    replay: ReplayFile | undefined,
    needs: SectionName[],
    collect: () => Promise<Snapshot>,
  ): Promise<Snapshot> {
    return replay === undefined ? collect() : this.replaySections(replay, needs)
  }

  /** requirePort refuses a port named with --interface that the snapshot's ports do not hold. */
  protected requirePort(snapshot: Snapshot, name: string | undefined): void {
    if (name !== undefined && !snapshot.nics?.ports.some(port => port.name === name))
      this.refuse(`there is no port named ${name} (\`netdoc nics --all\` lists them)`)
  }

  /** catalogIf loads the message catalog when there are log lines worth reading with it (loading costs time, so only then). */
  protected async catalogIf(needed: boolean): Promise<Catalog | null> {
    if (!needed) return null
    const {loadCatalog} = await import('../explain/load-catalog.js')
    const catalog = await loadCatalog()
    if (!catalog.ok) throw new Error(`netdoc's message catalog is broken: ${catalog.error}`)
    return catalog.value
  }

  /** catalogFor loads the message catalog when a section of the snapshot holds log lines worth reading with it (its capability
   * says so), else gives null. */
  protected async catalogFor(snapshot: Snapshot): Promise<Catalog | null> {
    const {CAPABILITIES} = await import('../capabilities/index.js')
    return this.catalogIf(CAPABILITIES.some(declared => declared.needsCatalog?.(snapshot)))
  }

  /** collectEverything is the one run `doctor`, `report` and `guide` share: every section of the registry at once under one
   * deadline, the way to the internet with its endpoints (the file named, else the configured or built-in ones), the probes of
   * `ping` when a host is named (refused on a recorded tree), the caps of a job when `caps` names one, and without the LAN's waits
   * when `quick`. */
  protected async collectEverything(options: {
    seconds: number
    quick?: boolean
    ping?: Target | null
    endpoints?: LoadedEndpoints
    caps?: string
    /** lldp listens for the switch ports too (LLDP and CDP, up to DEFAULT_LISTEN_SECONDS), as `nics --lldp` does. */
    lldp?: boolean
    progress?: (section: SectionName) => void
  }): Promise<Snapshot> {
    const [{collectSnapshot, EVERY_SECTION}, {Deadline}, {loadEndpoints}] = await Promise.all([
      import('../collect/snapshot.js'),
      import('../probe/deadline.js'),
      import('../capabilities/internet/endpoints.js'),
    ])
    const endpoints = options.endpoints ?? loadEndpoints()
    if (!endpoints.ok) this.refuse(endpoints.error)
    const host = options.ping ? await this.liveHost('--ping') : await this.host()
    return collectSnapshot(EVERY_SECTION, {
      host,
      deadline: new Deadline(options.seconds * 1000),
      quick: options.quick,
      ping: options.ping ?? null,
      internet: {endpoints: endpoints.endpoints, from: endpoints.from},
      caps: capsRequest(options.caps),
      lldp: options.lldp ? {listenSeconds: DEFAULT_LISTEN_SECONDS} : null,
      progress: options.progress,
    })
  }

  /** host is the machine this run collects from, made once: the recorded tree NETDOC_ROOT names, else the live machine. */
  protected async host(): Promise<Host> {
    this.machine ??= (await import('../host/host.js')).hostFromEnv()
    return this.machine
  }

  /** liveHost returns the host when it is the live machine, and otherwise refuses (exit 2): `what` probes the network, which a
   * recorded tree cannot answer; `instead` says what to do instead. */
  protected async liveHost(what: string, instead?: string): Promise<Host> {
    const host = await this.host()
    if (!host.live)
      this.refuse(`${what} probes the live network, which a recorded tree (NETDOC_ROOT) cannot answer${instead ? `: ${instead}` : ''}`)
    return host
  }

  /** redact masks a snapshot's MACs (keeping the vendor), public addresses, host names, Wi-Fi names and serials, consistently. */
  protected async redact(snapshot: Snapshot): Promise<Snapshot> {
    const [{redactSnapshot}, {readMachineNames}] = await Promise.all([
      import('../redact/snapshot.js'),
      import('../collect/machine-names.js'),
    ])
    const redacted = await redactSnapshot(snapshot, readMachineNames((await this.host()).files))
    if (!redacted.ok) this.refuse(redacted.error)
    return redacted.snapshot
  }

  /** sendOutputTo checks, before any work, that the -o file may be written (refusing an existing one unless `force`); from then on
   * emit() writes there instead of stdout. Without a path, output stays on stdout. */
  protected sendOutputTo(path: string | undefined, force: boolean): void {
    if (path === undefined) return
    const problem = outputExistsProblem(path, force)
    if (problem) this.refuse(problem)
    this.output = {path, force}
  }

  /** writeFile writes a file the person named (mode 0600, never through a symlink), refusing with one line when it cannot. */
  protected writeFile(path: string, text: string, force: boolean): void {
    const written = writeOutputFile(path, text, force)
    if (!written.ok) this.refuse(written.error)
  }

  /** emit writes the run's result: to the -o file (then one `wrote FILE` line on stderr, with `summary` when given), else to stdout. */
  protected emit(text: string, summary?: string): void {
    const ended = text.endsWith('\n') ? text : `${text}\n`
    if (this.output === null) {
      process.stdout.write(ended)
      return
    }
    const written = writeOutputFile(this.output.path, ended, this.output.force)
    if (!written.ok) this.refuse(written.error)
    process.stderr.write(`wrote ${this.output.path}${summary ? ` (${summary})` : ''}\n`)
  }

  /** conclude prints the human view unless --json is on (every string of the report made printable first: this is where text
   * from outside meets the terminal or the page), sets the exit code (1 when `problem`, else 0), and returns the report. */
  protected conclude<R>(report: R, human: (report: R) => string, problem: boolean, summary?: string): R {
    if (!this.jsonEnabled()) this.emit(human(printableDeep(report)), summary === undefined ? undefined : printable(summary))
    process.exitCode = problem ? 1 : 0
    return report
  }

  /** finish concludes a report whose findings decide the exit code. */
  protected finish<R extends {findings: Finding[]}>(report: R, human: (report: R) => string, summary?: string): R {
    return this.conclude(report, human, report.findings.some(isProblem), summary)
  }

  /** refuse stops the run for input netdoc cannot use: one `netdoc:` line on stderr and exit code 2 (worded by src/cli/entry.ts). */
  protected refuse(message: string): never {
    throw new BadInput(message)
  }
}
