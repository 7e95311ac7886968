// Rule: the process (or the user's login) holds the job's capabilities as inheritable, not as ambient, and the program has no file
// capabilities: execve gives a program without file capabilities only the ambient set, so the child loses them.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredJob, capabilityConfLine, maskOf, maskWords, setcapLine} from '../../src/capabilities/caps/model.js'
import noNewPrivs from './no-new-privs.js'
import onScript from './on-script.js'
import onSymlink from './on-symlink.js'

/** ambientEmpty reports inheritable capabilities a program without file capabilities cannot receive, the ambient set lacking them. */
export default defineRule<Snapshot>({
  id: 'caps.ambient-empty',
  title: 'The capabilities are inheritable but not ambient, and the program has no file capabilities: the child loses them',
  severity: 'error',
  dependsOn: [noNewPrivs, onScript, onSymlink],
  evaluate(snapshot) {
    const facts = snapshot.caps
    const check = answeredJob(facts)
    if (!facts || !check || check.lacking.length === 0) return []
    const lacking = maskOf(check.lacking)
    const runner = check.runner
    if ((runner.inheritable & lacking) !== lacking || (runner.ambient & lacking) === lacking) return []
    if (((check.file.inheritable | check.file.permitted) & lacking) !== 0n) return []
    const program = check.step?.path ?? 'a program without file capabilities'
    const user = facts.user?.found ? facts.user.name : null
    return [
      {
        title: `${runner.label} holds ${check.lacking.join(', ')} as inheritable but its ambient set lacks ${check.lacking.length === 1 ? 'it' : 'them'}: ${program} starts without ${check.lacking.length === 1 ? 'it' : 'them'}`,
        evidence: [
          `${runner.label}: inheritable ${maskWords(runner.inheritable)}; ambient ${maskWords(runner.ambient)}`,
          `${program}: no file capabilities, so execve gives it only the ambient set`,
        ],
        next: [
          ...(check.step
            ? [`Either put them on the file, for this user only: \`${setcapLine(check.needed, check.step.path, true)}\``]
            : []),
          user
            ? `Or make them ambient at login (a pam_cap that reads IAB text, as libcap 2.66 of Debian 12 does): \`${capabilityConfLine(check.needed, user, true)}\` in ${check.login?.conf.path ?? '/etc/security/capability.conf'}`
            : `Or start it with them ambient: systemd \`AmbientCapabilities=${check.needed.join(' ')}\`, or \`sudo setpriv --inh-caps +${check.needed.join(',+')} --ambient-caps +${check.needed.join(',+')} …\``,
        ],
      },
    ]
  },
})
