// Turns what the message catalog recognises in a machine's own logs (the kernel's, the X server's) into findings, one way for every command.
import {bySeverity, type Finding} from '../engine/finding.js'
import type {Catalog, Source} from '../explain/catalog.js'
import {explainText, type ExplainMatch} from '../explain/explain-text.js'

/** catalogFindings turns catalog matches in a log into findings: each recognised problem (not the info-level ones) becomes one, its
 * evidence the log's line (and how often it came) and what it means, its next steps the catalog's. */
export function catalogFindings(matches: readonly ExplainMatch[], logName: string): Finding[] {
  return matches
    .filter(match => match.severity !== 'info')
    .map(match => ({
      id: match.id,
      severity: match.severity,
      title: match.title,
      evidence: [`${logName}: "${match.example.trim()}"${match.count > 1 ? ` (${match.count} times)` : ''}`, match.meaning.trim()],
      next: match.next,
    }))
}

/** logFindings runs the catalog's entries of `sources` over log lines; each recognised problem (not the info-level ones) becomes a finding. */
export function logFindings(lines: string[], logName: string, catalog: Catalog, sources: readonly Source[]): Finding[] {
  if (lines.length === 0) return []
  return catalogFindings(explainText(lines.join('\n'), catalog, {sources}).matches, logName)
}

/** withLogFindings adds a log's catalog findings to a section's rule findings, most serious first; it adds none when the rules found
 * a root cause (one of the rules `explainedBy`) that already accounts for what the log says, as a rule's cause quiets its symptoms. */
export function withLogFindings(
  ruleFindings: readonly Finding[],
  logged: readonly Finding[],
  explainedBy: readonly {id: string}[] = [],
): Finding[] {
  const explained = ruleFindings.some(finding => explainedBy.some(cause => cause.id === finding.id))
  return [...ruleFindings, ...(explained ? [] : logged)].sort(bySeverity)
}
