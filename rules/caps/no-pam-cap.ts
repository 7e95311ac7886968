// Rule: no PAM stack holds pam_cap, so /etc/security/capability.conf is never read and the user's logins get no inheritable
// capabilities.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredJob, loginModel} from '../../src/capabilities/caps/model.js'
import {pamCapLines} from '../../src/capabilities/caps/pam-stack.js'

/** noPamCap reports a user whose capabilities would come from pam_cap, on a machine where no PAM file names it. */
export default defineRule<Snapshot>({
  id: 'caps.no-pam-cap',
  title: 'pam_cap is in no PAM stack: capability.conf is never read, the user gets no inheritable capabilities',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.caps
    const login = facts ? loginModel(facts) : null
    if (!facts?.user || !login || pamCapLines(facts.user).length > 0) return []
    const check = answeredJob(facts)
    const wanted = (login.conf.iab?.inheritable.length ?? 0) > 0 || (check !== null && check.lacking.length > 0)
    if (!wanted) return []
    return [
      {
        title: `No file of /etc/pam.d loads pam_cap.so: ${facts.user.name}'s logins never get the capabilities of ${login.conf.path}`,
        evidence: [
          `/etc/pam.d: ${facts.user.pamFiles.length} files read, no auth line names pam_cap.so`,
          login.conf.match
            ? `${login.conf.path} line ${login.conf.match.line}: ${login.conf.match.text}`
            : `${login.conf.path} names no rule for ${facts.user.name} either`,
        ],
        next: [
          "Debian and Ubuntu: `sudo apt install libpam-cap` adds `auth optional pam_cap.so` to /etc/pam.d/common-auth (if you have not edited it; otherwise add that line after pam_unix's lines yourself).",
          `Then log in again as ${facts.user.name} and check: \`grep CapInh /proc/$$/status\` must not be all zeroes.`,
        ],
      },
    ]
  },
})
