// `netdoc caps`: can this job run with Linux capabilities instead of root? The file that really runs, the process that starts
// it, the user's PAM stack and capability.conf, and the one thing that stops it.
import * as Flags from '@oclif/core/flags'
import {pidFlag, programArg, userFlag} from '../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../src/cli/netdoc-command.js'
import type {CapsReport} from '../src/capabilities/caps/report.js'
import type {Snapshot} from '../src/snapshot/snapshot.js'
import {JOBS} from '../src/capabilities/caps/jobs.js'

/** Caps answers "why does my job still need root?" with the capability that is missing, where, and the line that gives it. */
export default class Caps extends NetdocCommand {
  static override summary = 'Can a job run with capabilities instead of root? What stops it, and the exact setcap or capability.conf line.'
  static override description = `Follows PROGRAM through symlinks and #! interpreters to the file that really runs, and reads its file capabilities (the security.capability attribute, printed as getcap prints it), owner and mode; reads a process's five capability sets and NoNewPrivs from /proc/PID/status (--pid, default the shell that ran netdoc); and for --user NAME, the PAM stacks of the login services (is pam_cap.so there, and does a successful login reach it, or does pam_unix end the stack first?) and the rule of /etc/security/capability.conf that names the user or their groups (the first wins).

--for names the job, and so what it needs: backup cap_dac_read_search; restore cap_dac_override, cap_fowner, cap_chown; ping cap_net_raw; bind cap_net_bind_service. The verdict then says which set lacks which capability and the exact line to write: caps.ok, caps.on-symlink, caps.on-script, caps.no-new-privs, caps.no-pam-cap, caps.pam-cap-order, caps.user-not-in-capabilities-conf, caps.inheritable-empty, caps.ambient-empty, caps.missing-capability, or netdoc.undetermined (the facts cannot decide).

It only reads: it never changes a file or a capability. Reading file capabilities needs getfattr (package attr).
Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {
      command: '<%= config.bin %> caps /usr/bin/rdiff-backup --user backuphelper --for backup',
      description: 'Can backuphelper run rdiff-backup (a Python script) with cap_dac_read_search instead of root?',
    },
    {command: '<%= config.bin %> caps --for ping', description: 'Does ping get cap_net_raw when this shell runs it?'},
    {
      command: '<%= config.bin %> caps --pid 1234 --for bind',
      description: 'Would a program started by process 1234 get cap_net_bind_service?',
    },
    {
      command: '<%= config.bin %> caps /usr/bin/python3 --json',
      description: 'The facts as JSON: the files, their capabilities, the process.',
    },
    {
      command: '<%= config.bin %> caps --from netdoc-snapshot.json',
      description: 'Replay a snapshot taken with `netdoc snapshot --caps JOB`.',
    },
  ]
  static override args = {program: programArg}
  static override flags = {
    ...replayFlags,
    pid: pidFlag,
    user: userFlag,
    for: Flags.string({description: 'The job, and so the capabilities it needs.', options: [...JOBS]}),
  }

  async run(): Promise<CapsReport> {
    const {args, flags} = await this.parse(Caps)
    const asked = args.program !== undefined || flags.pid !== undefined || flags.user !== undefined || flags.for !== undefined
    if (flags.from && asked)
      this.refuse(
        'PROGRAM, --pid, --user and --for name what to read on this machine, so they cannot be combined with --from (the snapshot holds its own)',
      )
    const snapshot = flags.from
      ? this.replaySections(flags.from, ['caps'])
      : await this.collect({
          program: args.program ?? null,
          pid: flags.pid ?? null,
          user: flags.user ?? null,
          job: (flags.for as (typeof JOBS)[number] | undefined) ?? null,
        })
    const [{capsReport}, {renderCaps}] = await Promise.all([
      import('../src/capabilities/caps/report.js'),
      import('../src/capabilities/caps/render.js'),
    ])
    return this.finish(capsReport(snapshot), renderCaps)
  }

  /** collect reads what was asked, refusing a process, user or program that is not there (exit 2). */
  private async collect(request: NonNullable<Snapshot['caps']>['request']): Promise<Snapshot> {
    const {collectSnapshot} = await import('../src/collect/snapshot.js')
    const snapshot = await collectSnapshot(['caps'], {caps: request, host: await this.host()})
    const facts = snapshot.caps!
    if (request.pid !== null && facts.process?.status === null) this.refuse(`--pid ${request.pid}: ${facts.process.problem}`)
    if (request.user !== null && facts.user && !facts.user.found)
      this.refuse(`--user ${request.user}: there is no such user in /etc/passwd`)
    if (request.program !== null && facts.program?.steps.length === 0) this.refuse(`${request.program} is not on PATH`)
    if (request.program !== null && facts.program?.steps[0]?.kind === 'missing') this.refuse(`${request.program} does not exist`)
    return snapshot
  }
}
