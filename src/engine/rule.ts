// The shape of a rule: one file in rules/, a stable id, and a pure evaluate(snapshot).
import type {Finding, Severity} from './finding.js'

/** Report is what evaluate returns for each problem it sees; id and default severity come from the rule. */
export interface Report {
  title: string
  evidence: string[]
  next: string[]
  subject?: string
  severity?: Severity
}

/** Rule is a pure check over a snapshot of type S; it never touches fs or child_process. */
export interface Rule<S> {
  /** id is stable and dotted, e.g. `nic.cable-in-wrong-port`; it is part of the JSON contract. */
  id: string
  /** title is the one-line doc of what the rule detects. */
  title: string
  severity: Severity
  /** dependsOn names the rules whose findings are causes of this rule's: when one of them (or a cause of theirs) reports, this
   * rule's finding is a symptom and stays quiet (for the same subject, when both name one); every order is derived from these links. */
  dependsOn?: Rule<S>[]
  evaluate(snapshot: S): Report[]
}

/** defineRule declares a rule; it only fixes the type, so a rule file reads as data. */
export function defineRule<S>(rule: Rule<S>): Rule<S> {
  return rule
}

/** toFinding turns a rule's report into a finding with the rule's id and severity. */
export function toFinding<S>(rule: Rule<S>, report: Report): Finding {
  const finding: Finding = {
    id: rule.id,
    severity: report.severity ?? rule.severity,
    title: report.title,
    evidence: report.evidence,
    next: report.next,
  }
  if (report.subject !== undefined) finding.subject = report.subject
  return finding
}
