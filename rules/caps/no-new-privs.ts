// Rule: the process that starts the program has no_new_privs set, so execve grants no file capabilities: the file holds what the
// job needs, and the kernel withholds it.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredJob, maskOf, namesOf} from '../../src/capabilities/caps/model.js'

/** noNewPrivs reports a job whose capabilities the file would grant but for the runner's no_new_privs. */
export default defineRule<Snapshot>({
  id: 'caps.no-new-privs',
  title: 'The process has no_new_privs: file capabilities are not granted to what it runs',
  severity: 'error',
  evaluate(snapshot) {
    const check = answeredJob(snapshot.caps)
    if (!check || check.lacking.length === 0 || !check.runner.noNewPrivs) return []
    const lost = namesOf(check.exec.lostToNoNewPrivs & maskOf(check.lacking))
    if (lost.length === 0) return []
    return [
      {
        title: `${check.runner.label} has no_new_privs set (NoNewPrivs: 1): the kernel withholds ${lost.join(', ')} that ${check.step?.path ?? 'the file'} would give`,
        evidence: [
          `/proc/${snapshot.caps!.process?.pid}/status: NoNewPrivs: 1`,
          `${check.step?.path ?? 'the file'} would give ${lost.join(', ')} at execve; with no_new_privs the new permitted set cannot grow`,
        ],
        next: [
          'Start the job without no_new_privs: systemd sets it with NoNewPrivileges=yes (and with many sandboxing options), setpriv with --no-new-privs, Docker with no-new-privileges.',
          'Or give the capabilities as ambient ones to the process that starts it (systemd: `AmbientCapabilities=`), which no_new_privs does not stop.',
        ],
      },
    ]
  },
})
