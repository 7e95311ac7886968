// Rule: the program named is a symlink, and the file it leads to lacks the job's capabilities: they belong on that file (setcap
// refuses a symlink: "Invalid file … for capability operation").
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {answeredJob, chainWords, fixLines, maskOf} from '../../src/capabilities/caps/model.js'

/** onSymlink reports a job whose program is a symlink to a file without the capabilities it needs. */
export default defineRule<Snapshot>({
  id: 'caps.on-symlink',
  title: 'The program is a symlink: its capabilities must be on the file it points to, which lacks them',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.caps
    const check = answeredJob(facts)
    const program = facts?.program
    if (!facts || !program || !check?.step || check.lacking.length === 0 || check.file.ignored) return []
    if (program.steps[0]?.kind !== 'symlink' || program.steps.some(step => step.kind === 'script')) return []
    const needed = maskOf(check.lacking)
    if (((check.file.permitted | check.file.inheritable) & needed) !== 0n) return []
    return [
      {
        title: `${program.asked} is a symlink to ${check.step.path}: file capabilities are read from ${check.step.path}, which lacks ${check.lacking.join(', ')}`,
        evidence: [
          `the program: ${chainWords(program)}`,
          `${check.step.path} holds ${check.step.caps ? 'other capabilities' : 'no capabilities'}`,
          'a symlink cannot hold capabilities: `setcap` refuses one ("Invalid file … for capability operation")',
        ],
        next: fixLines(check, facts),
      },
    ]
  },
})
