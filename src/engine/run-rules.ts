// Runs a set of rules over a snapshot: a crashing rule becomes a finding, and root causes quiet their symptoms.
import {bySeverity, type Finding} from './finding.js'
import {causesOf} from './causal-graph.js'
import {toFinding, type Rule} from './rule.js'

/** CRASHED_RULE_ID is the id of the finding that stands in for a rule that threw. */
export const CRASHED_RULE_ID = 'netdoc.rule-crashed'

function crashFinding(ruleId: string, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error)
  return {
    id: CRASHED_RULE_ID,
    severity: 'info',
    title: `The check ${ruleId} crashed, so its question is unanswered`,
    evidence: [`${ruleId}: ${message}`],
    next: ['Report this as a netdoc bug, with `netdoc snapshot` attached.'],
    subject: ruleId,
  }
}

function isQuieted(finding: Finding, causes: Set<string>, all: Finding[]): boolean {
  return all.some(
    cause => causes.has(cause.id) && (cause.subject === undefined || finding.subject === undefined || cause.subject === finding.subject),
  )
}

/** runRules evaluates every rule, drops symptoms whose root cause (any rule they depend on, directly or not) reported, and sorts
 * most serious first. */
export function runRules<S>(rules: readonly Rule<S>[], snapshot: S): Finding[] {
  const produced: {rule: Rule<S>; finding: Finding}[] = []
  const crashes: Finding[] = []
  for (const rule of rules) {
    try {
      for (const report of rule.evaluate(snapshot)) produced.push({rule, finding: toFinding(rule, report)})
    } catch (error) {
      crashes.push(crashFinding(rule.id, error))
    }
  }
  const all = produced.map(p => p.finding)
  const causeIds = new Map(rules.map(rule => [rule, new Set([...causesOf(rule)].map(cause => cause.id))]))
  const kept = produced.filter(p => !isQuieted(p.finding, causeIds.get(p.rule)!, all)).map(p => p.finding)
  return [...kept.sort(bySeverity), ...crashes]
}
