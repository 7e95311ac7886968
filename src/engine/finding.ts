// What a rule reports: a finding is data, rendered once in src/render.

/** Severity orders findings: an error is a root cause, a warning a risk, info a plain observation. */
export type Severity = 'error' | 'warning' | 'info'

/** Finding is one diagnosis: what is wrong, the facts that decided it, and what a person does next. */
export interface Finding {
  id: string
  severity: Severity
  title: string
  evidence: string[]
  next: string[]
  /** subject names what the finding is about (an interface, a host), so a root cause can quiet its own symptoms. */
  subject?: string
}

const severityRank: Record<Severity, number> = {error: 0, warning: 1, info: 2}

/** bySeverity sorts findings most serious first, keeping the rules' order otherwise. */
export function bySeverity(a: Finding, b: Finding): number {
  return severityRank[a.severity] - severityRank[b.severity]
}

/** isProblem tells whether a finding means something is wrong (exit code 1). */
export function isProblem(finding: Finding): boolean {
  return finding.severity !== 'info'
}
