// Rule: the job lacks a capability and nothing more specific explains it: which set of the file and of the process lacks which
// capability, and the exact setcap / capability.conf line that gives it.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {JOB_WORDS, answeredJob, fixLines, setsLacking} from '../../src/capabilities/caps/model.js'
import ambientEmpty from './ambient-empty.js'
import inheritableEmpty from './inheritable-empty.js'
import noNewPrivs from './no-new-privs.js'
import noPamCap from './no-pam-cap.js'
import onScript from './on-script.js'
import onSymlink from './on-symlink.js'
import pamCapOrder from './pam-cap-order.js'
import userNotInCapabilitiesConf from './user-not-in-capabilities-conf.js'

/** LOGIN_CAUSES explain what a login of the user lacks: when the runner is that login and one of them reports, it is the cause. */
const LOGIN_CAUSES = [noPamCap, pamCapOrder, userNotInCapabilitiesConf]

/** missingCapability reports what the job lacks, set by set. */
export default defineRule<Snapshot>({
  id: 'caps.missing-capability',
  title: 'The job lacks a capability it needs',
  severity: 'error',
  dependsOn: [onSymlink, onScript, noNewPrivs, inheritableEmpty, ambientEmpty],
  evaluate(snapshot) {
    const facts = snapshot.caps
    const check = answeredJob(facts)
    if (!facts || !check || check.lacking.length === 0) return []
    if (check.runner.kind === 'login' && LOGIN_CAUSES.some(rule => rule.evaluate(snapshot).length > 0)) return []
    return [
      {
        title: check.file.ignored
          ? `${check.step?.path}'s file capabilities do nothing: ${check.file.ignored}`
          : `${check.step?.path ?? 'A program'} started by ${check.runner.label} gets no ${check.lacking.join(', ')}: it cannot ${JOB_WORDS[check.job]}`,
        evidence: [...check.lacking.flatMap(name => setsLacking(check, name)), ...(check.file.ignored ? [check.file.ignored] : [])],
        next: [
          ...(check.step?.mount?.nosuid
            ? [
                `Put the program on a filesystem mounted without nosuid, or remount this one: \`sudo mount -o remount,suid ${check.step.mount.point}\` (and drop nosuid from its /etc/fstab line).`,
              ]
            : []),
          ...fixLines(check, facts),
        ],
      },
    ]
  },
})
