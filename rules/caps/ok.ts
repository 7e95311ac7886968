// Rule: the program, started by this process (or a login of the user), gets every capability the job needs.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {capabilityText} from '../../src/explain/capabilities.js'
import {CLOSE_TO_ROOT, JOB_WORDS, answeredJob, maskWords, namesOf} from '../../src/capabilities/caps/model.js'

const countOf = (mask: bigint) => namesOf(mask).length

/** capsOk reports the good news, with how the job gets each capability. */
export default defineRule<Snapshot>({
  id: 'caps.ok',
  title: 'The job gets the capabilities it needs',
  severity: 'info',
  evaluate(snapshot) {
    const check = answeredJob(snapshot.caps)
    if (!check || check.lacking.length > 0) return []
    const {file, runner} = check
    const fileText =
      file.permitted | file.inheritable
        ? capabilityText({
            permitted: file.permitted,
            inheritable: file.inheritable,
            effective: file.effective ? file.permitted | file.inheritable : 0n,
          })
        : 'no file capabilities'
    return [
      {
        title: `${check.step?.path ?? 'A program'} started by ${runner.label} gets ${check.needed.join(', ')}: it can ${JOB_WORDS[check.job]}`,
        evidence: [
          `${check.step?.path ?? 'the program'}: ${file.setuidRoot ? `set-uid root (mode ${check.step!.entry!.mode.toString(8)}), so it runs as root` : fileText}`,
          `${runner.label}: inheritable ${maskWords(runner.inheritable)}; ambient ${maskWords(runner.ambient)}${runner.root ? '; it runs as root' : ''}`,
          `at execve its effective set gets ${check.needed.join(', ')}${countOf(check.exec.effective) > check.needed.length ? ` (${countOf(check.exec.effective)} capabilities in all)` : ''}`,
        ],
        next: [
          ...(runner.root ? ['It runs as root, which has every capability: to run it with only these, start it as an ordinary user.'] : []),
          ...(check.job === 'restore' ? [CLOSE_TO_ROOT] : []),
          ...(runner.root || check.job === 'restore' ? [] : ['Nothing to do.']),
        ],
      },
    ]
  },
})
