// Turns what the message catalog recognises in a machine's own log into findings, for the commands that read logs.
import type {Finding} from '../engine/finding.js'
import type {Catalog, Source} from '../explain/catalog.js'
import {explainText} from '../explain/explain-text.js'

/** logFindings runs the catalog's entries of `sources` over log lines; each recognised problem (not the info-level ones) becomes a finding. */
export function logFindings(lines: string[], logName: string, catalog: Catalog, sources: readonly Source[]): Finding[] {
  if (lines.length === 0) return []
  return explainText(lines.join('\n'), catalog, {sources})
    .matches.filter(match => match.severity !== 'info')
    .map(match => ({
      id: match.id,
      severity: match.severity,
      title: match.title,
      evidence: [`${logName}: "${match.example.trim()}"${match.count > 1 ? ` (${match.count} times)` : ''}`, match.meaning.trim()],
      next: match.next,
    }))
}
