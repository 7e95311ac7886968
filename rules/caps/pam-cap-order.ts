// Rule: a login service's auth stack holds pam_cap after a line that ends a successful login (`sufficient pam_unix.so`,
// `[success=done]`, a jump over it), so pam_cap never runs for a login that succeeds.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {loginModel} from '../../src/capabilities/caps/model.js'

/** pamCapOrder reports the login services whose successful logins end before pam_cap. */
export default defineRule<Snapshot>({
  id: 'caps.pam-cap-order',
  title: 'pam_cap comes after a line that ends a successful login, so it never runs',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.caps
    const login = facts ? loginModel(facts) : null
    if (!login) return []
    const skipped = login.paths.filter(path => path.capLine !== null && !path.reached && path.endedBy !== null)
    if (skipped.length === 0) return []
    const first = skipped[0]!
    return [
      {
        title: `In ${skipped.map(path => path.service).join(', ')}, a successful login ends at ${first.endedBy!.file} line ${first.endedBy!.line} (${first.endedBy!.text}), before pam_cap.so`,
        evidence: [
          ...skipped.map(
            path =>
              `${path.service}: ${path.endedBy!.file} line ${path.endedBy!.line} "${path.endedBy!.text}" ends the auth stack on success; pam_cap.so is at ${path.capLine!.file} line ${path.capLine!.line}`,
          ),
          ...login.paths
            .filter(path => path.reached)
            .map(path => `${path.service}: pam_cap.so is reached (${path.capLine!.file} line ${path.capLine!.line})`),
        ],
        next: [
          `Move \`auth optional pam_cap.so\` above ${first.endedBy!.file} line ${first.endedBy!.line}, or let that line go on instead of ending the stack: Debian's common-auth has \`auth [success=1 default=ignore] pam_unix.so\`, \`auth requisite pam_deny.so\`, \`auth required pam_permit.so\`, then \`auth optional pam_cap.so\`.`,
          'Order matters in PAM: a `sufficient` module that succeeds, `[success=done]` or a jump past pam_cap ends the walk before it.',
        ],
      },
    ]
  },
})
