// Rule: pam_cap runs, but the capability.conf it reads gives the user none of what the job needs (no rule names the user or their
// groups, the first rule that does says `all`, `none` or other capabilities, or the rules are in capabilities.conf, a name pam_cap
// does not read).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredJob, capabilityConfLine, loginModel} from '../../src/capabilities/caps/model.js'
import {CAPABILITIES_CONF} from '../../src/capabilities/caps/pam-stack.js'

/** userNotInCapabilitiesConf reports a user pam_cap gives nothing the job needs. */
export default defineRule<Snapshot>({
  id: 'caps.user-not-in-capabilities-conf',
  title: "capability.conf does not give the user the job's capabilities",
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.caps
    const login = facts ? loginModel(facts) : null
    const check = answeredJob(facts)
    if (!facts?.user || !login || !check || check.lacking.length === 0 || login.reachedBy.length === 0) return []
    const {conf} = login
    const iab = conf.iab
    const missing = check.needed.filter(
      name => !(iab && iab.special === null && iab.unknown.length === 0 && iab.inheritable.includes(name)),
    )
    if (missing.length === 0) return []
    const user = facts.user.name
    const what =
      conf.text === null
        ? `${conf.path} does not exist`
        : conf.match === null
          ? `no rule of ${conf.path} names ${user}${facts.user.groups.length > 0 ? `, @${facts.user.groups.join(', @')}` : ''} or *`
          : iab?.special === 'all'
            ? `the first rule naming ${user} says \`all\`, which pam_cap reads as "change nothing" (it grants nothing)`
            : iab?.special === 'none'
              ? `the first rule naming ${user} says \`none\``
              : iab && iab.unknown.length > 0
                ? `the first rule naming ${user} holds words that are no capability (${iab.unknown.join(', ')}), so pam_cap sets nothing`
                : `the first rule naming ${user} gives ${iab?.inheritable.join(',') || 'nothing'}, not ${missing.join(', ')}`
    return [
      {
        title: `pam_cap gives ${user} no ${missing.join(', ')}: ${what}`,
        evidence: [
          `pam_cap.so is reached by ${login.reachedBy.join(', ')}, and reads ${conf.path}`,
          ...(conf.match ? [`${conf.path} line ${conf.match.line}: ${conf.match.text} (the first rule naming ${user}: it wins)`] : [what]),
          ...(conf.misnamed
            ? [
                `${CAPABILITIES_CONF} line ${conf.misnamed.line} names ${user} (${conf.misnamed.text}), but pam_cap reads ${conf.path}, not ${CAPABILITIES_CONF}`,
              ]
            : []),
        ],
        next: [
          `Add this line to ${conf.path}, above any rule that names ${user} or *: \`${capabilityConfLine(check.needed, user, check.step === null)}\``,
          ...(conf.misnamed ? [`Or move the rules of ${CAPABILITIES_CONF} into ${conf.path}.`] : []),
          `Then log in again as ${user}: \`grep CapInh /proc/$$/status\` must show them (\`netdoc explain\` decodes the mask).`,
        ],
      },
    ]
  },
})
