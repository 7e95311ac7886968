// Rule: the file carries the job's capabilities in its inheritable set (+ei, the pam_cap way), and the process that starts it has
// an inheritable set of all zeroes: pam_cap gave it nothing (`grep CapInh /proc/$$/status`).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredJob, maskOf} from '../../src/capabilities/caps/model.js'
import noPamCap from './no-pam-cap.js'
import pamCapOrder from './pam-cap-order.js'
import userNotInCapabilitiesConf from './user-not-in-capabilities-conf.js'

/** inheritableEmpty reports a process whose empty inheritable set keeps a +ei file from giving the job its capabilities. */
export default defineRule<Snapshot>({
  id: 'caps.inheritable-empty',
  title: "The process's inheritable set is all zeroes, so a +i file capability gives it nothing",
  severity: 'error',
  dependsOn: [noPamCap, pamCapOrder, userNotInCapabilitiesConf],
  evaluate(snapshot) {
    const check = answeredJob(snapshot.caps)
    if (!check || check.lacking.length === 0 || check.runner.kind !== 'process' || check.runner.inheritable !== 0n) return []
    const lacking = maskOf(check.lacking)
    if ((check.file.inheritable & lacking) !== lacking || (check.file.permitted & lacking) === lacking) return []
    const status = snapshot.caps!.process!.status!
    return [
      {
        title: `${check.runner.label} has an empty inheritable set (CapInh: ${status.inheritable}), so ${check.step?.path ?? 'the file'}'s +i capabilities give it nothing`,
        evidence: [
          `/proc/${snapshot.caps!.process!.pid}/status: CapInh: ${status.inheritable} (all zeroes)`,
          `${check.step?.path ?? 'the file'} holds ${check.lacking.join(', ')} in its inheritable set: they pass only to a process that has them inheritable`,
        ],
        next: [
          'The inheritable set comes from pam_cap at login: check the PAM stack and capability.conf with `netdoc caps --user NAME --for JOB PROGRAM`.',
          'After changing them, log in again (a new session) and check `grep CapInh /proc/$$/status`.',
        ],
      },
    ]
  },
})
