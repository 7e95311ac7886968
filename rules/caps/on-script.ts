// Rule: the program is a script: the kernel ignores capabilities on a script and runs its `#!` interpreter, so they must be on the
// interpreter (the file that really runs).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {capabilityText} from '../../src/explain/capabilities.js'
import {answeredJob, chainWords, fileGrant, fixLines, maskOf, runningStep} from '../../src/capabilities/caps/model.js'

/** onScript reports capabilities put on a script (which the kernel ignores) or a job whose script's interpreter lacks them. */
export default defineRule<Snapshot>({
  id: 'caps.on-script',
  title: 'The program is a script: capabilities on it are ignored, they must be on its interpreter',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.caps
    const program = facts?.program
    const script = program?.steps.find(step => step.kind === 'script')
    if (!facts || !program || !script) return []
    const runs = runningStep(program)
    const held = fileGrant(script)
    const runsGrant = runs ? fileGrant(runs) : null
    if (runsGrant?.ignored) return []
    const scriptMask = held ? held.permitted | held.inheritable : 0n
    const runsMask = runsGrant ? runsGrant.permitted | runsGrant.inheritable : 0n
    const check = answeredJob(facts)
    const jobLacks = check !== null && check.lacking.length > 0 && (runsMask & maskOf(check.lacking)) === 0n
    const wasted = scriptMask !== 0n && (runsMask & scriptMask) !== scriptMask
    if (!jobLacks && !wasted) return []
    const interpreter = runs?.path ?? 'its interpreter'
    const scriptCaps = script.caps
      ? capabilityText({
          permitted: held!.permitted,
          inheritable: held!.inheritable,
          effective: held!.effective ? held!.permitted | held!.inheritable : 0n,
        })
      : null
    return [
      {
        title: scriptCaps
          ? `The capabilities are on the script ${script.path} (${scriptCaps}), which the kernel ignores: it runs ${interpreter}, and that holds ${runsMask === 0n ? 'none' : 'not all of them'}`
          : `${script.path} is a script run by ${interpreter}: the capabilities must be on ${interpreter}, which lacks ${check!.lacking.join(', ')}`,
        severity: jobLacks ? 'error' : 'warning',
        evidence: [
          `the program: ${chainWords(program)}`,
          scriptCaps ? `${script.path}: ${scriptCaps} (useless on a script)` : `${script.path}: no capabilities`,
          `${interpreter}: ${runs?.caps ? 'other capabilities' : 'no capabilities'}`,
          'Linux grants file capabilities only to the file execve runs; for a script that is the interpreter of its #! line',
        ],
        next: [
          ...(check && jobLacks ? fixLines(check, facts) : runs ? [`\`sudo setcap ${scriptCaps ?? '…'} ${runs.path}\``] : []),
          `Every script ${interpreter} runs then gets them${facts.user ? ' (with +ei only when started by a user pam_cap gave them to)' : ''}; a copy of the interpreter only this job uses narrows that.`,
          ...(scriptCaps ? [`Take them off the script: \`sudo setcap -r ${script.path}\``] : []),
        ],
      },
    ]
  },
})
