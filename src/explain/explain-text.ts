// Matches text (one message or a whole log) against the catalog: each distinct problem once, counted, most serious first.
import type {Severity} from '../engine/finding.js'
import {describeCapabilityMask} from './capabilities.js'
import type {Catalog, CompiledEntry, Source} from './catalog.js'
import {describeReasonCode, describeStatusCode} from './ieee80211.js'
import {answerLines, generalKeywords, speakerAnswers, type Answer, type AnswerHits, type UnansweredLine} from './general-answers.js'
import {KeywordScanner} from './keyword-scanner.js'
import {normaliseLine} from './normalise.js'

/** ExplainDetail is one distinct value a problem was seen with (an interface, an address, a decoded mask) and how often. */
export interface ExplainDetail {
  value: string
  count: number
}

/** ExplainMatch is one recognised problem: the catalog entry (or general answer) it is, how often and where it was seen. Part of
 * the `--json` contract. */
export interface ExplainMatch extends Answer {
  count: number
  /** lines are the 1-based numbers of the first and last line it was seen on. */
  lines: {first: number; last: number}
  /** example is the first line it was seen on, as written. */
  example: string
  /** details are the distinct values filled into the entry's `detail` template, most frequent first. */
  details: ExplainDetail[]
}

/** ExplainResult is what explainText returns; it is exactly `netdoc explain --json`. */
export interface ExplainResult {
  matches: ExplainMatch[]
  /** unmatched counts the non-blank lines that matched nothing. */
  unmatched: number
  /** longLines counts the lines longer than MAX_LINE characters: only their first MAX_LINE were read. */
  longLines: number
  /** capture says what to collect next when nothing was recognised (empty otherwise). */
  capture: string[]
}

/** ExplainOptions narrows matching to some sources, e.g. `{sources: ['xorg']}` for the X server log. */
export interface ExplainOptions {
  sources?: readonly Source[]
  /** general gives the general answers (SMTP status codes, errnos, the program that wrote the text) for lines no entry knows. */
  general?: boolean
}

/** GENERAL_CAPTURE is what to collect next when unrecognised text gives no hint of where it came from. */
export const GENERAL_CAPTURE = [
  'Paste the whole message, from the line before it starts to the line after it ends, exactly as the screen shows it.',
  'For network cards and drivers: `journalctl -b -k` (or `dmesg`), right after the problem happens.',
  'For a service: `journalctl -b -u NetworkManager` (or the service that failed), and the command you ran with its full output.',
  'Run the failing command again with LC_ALL=C so its messages are in English.',
]

const MAX_DETAILS = 20
const MAX_EXAMPLE = 400

/** MAX_LINE is how much of a line is read: ten times the longest real message in the samples, four times the kernel's longest
 * log line. Some patterns read a word and then scan to a closing quote or parenthesis; on a line repeating that word thousands of
 * times each repeat scans to the end, so their time grows with the square of the line's length: cutting lines bounds it. */
export const MAX_LINE = 4096

/** cutLongLines cuts every line of a text to its first MAX_LINE characters, and counts the lines it cut. */
export function cutLongLines(text: string): {text: string; cut: number} {
  const kept: string[] = []
  let cut = 0
  let copiedTo = 0
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (end - start > MAX_LINE) {
      cut++
      kept.push(text.slice(copiedTo, start + MAX_LINE))
      copiedTo = end
    }
    if (newline === -1) break
    start = newline + 1
  }
  if (cut === 0) return {text, cut}
  kept.push(text.slice(copiedTo))
  return {text: kept.join(''), cut}
}

interface Hit {
  first: number
  last: number
  text: string
  groups: Record<string, string>
}

interface LogicalLine {
  first: number
  last: number
  text: string
}

const smtpReplyStart = /^[ \t]*\d{3}-|\bsaid:(?:\s|$)|smtp error from remote mail server/i
/** REPLY_MARKERS are the keywords that make a line worth testing with smtpReplyStart (besides a leading reply code). */
const REPLY_MARKERS = ['said:', 'smtp error from remote mail server']
const smtpReplyEnd = /^\s*\d{3} /
const smtpInlineCode = /\b[245]\d\d[- ][245]\.\d{1,3}\.\d{1,3}\s+/g

/** continuesReply tells whether a line carries on an SMTP reply: indented, or starting with a reply code, after a line that was not the reply's last. */
function continuesReply(line: string, previous: string): boolean {
  if (line.trim() === '' || smtpReplyEnd.test(previous)) return false
  return /^\s+\S/.test(line) || /^\s*\d{3}[- ]/.test(line)
}

/** collapseReplyCodes keeps the first SMTP reply code of a line and drops the ones repeated inside it (… detected that 550-5.7.1 this message …). */
export function collapseReplyCodes(text: string): string {
  let seen = false
  return text.replace(smtpInlineCode, code => {
    if (seen) return ''
    seen = true
    return code
  })
}

/** replyEnd returns the last line of an SMTP reply that starts on line `first` and is wrapped over the lines after it. */
function replyEnd(lineAt: (line: number) => string, count: number, first: number): number {
  let last = first
  while (last + 1 < count && continuesReply(lineAt(last + 1), lineAt(last))) last++
  return last
}

/** startsWithReplyCode tells whether the line at `start` begins with blanks and a three-digit code and a dash (550-5.7.1 …). */
function startsWithReplyCode(text: string, start: number): boolean {
  let at = start
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++
  for (let digit = 0; digit < 3; digit++, at++) {
    const code = text.charCodeAt(at)
    if (code < 48 || code > 57) return false
  }
  return text.charCodeAt(at) === 45
}

/** replyStarts lists the 0-based lines where an SMTP reply (or a bounce's "said:" line) starts; `marked` are the lines holding a marker word. */
function replyStarts(text: string, lineStarts: number[], marked: Iterable<number>, lineAt: (line: number) => string): number[] {
  const lines = new Set<number>()
  for (let line = 0; line < lineStarts.length; line++) if (startsWithReplyCode(text, lineStarts[line]!)) lines.add(line)
  for (const line of marked) if (smtpReplyStart.test(lineAt(line))) lines.add(line)
  return [...lines].sort((a, b) => a - b)
}

function joinLines(lineAt: (line: number) => string, first: number, last: number): string {
  if (first === last) return lineAt(first)
  const parts: string[] = []
  for (let line = first; line <= last; line++) parts.push(lineAt(line).trim())
  return parts.join(' ')
}

/** logicalLines splits text into lines, joining an SMTP reply wrapped over several lines into one. */
function logicalLines(text: string): LogicalLine[] {
  const raw = text.split(/\r?\n/)
  const lineAt = (line: number) => raw[line]!
  const lines: LogicalLine[] = []
  for (let i = 0; i < raw.length; i++) {
    const j = smtpReplyStart.test(raw[i]!) ? replyEnd(lineAt, raw.length, i) : i
    lines.push({first: i + 1, last: j + 1, text: joinLines(lineAt, i, j)})
    i = j
  }
  return lines
}

/** messagesOf returns the messages the catalog's patterns see in a text: logical lines, reply codes collapsed, log prefixes stripped. */
export function messagesOf(text: string): string[] {
  return logicalLines(text)
    .filter(line => line.text.trim() !== '')
    .map(line => normaliseLine(collapseReplyCodes(line.text)))
}

/** DETAIL_FILTERS turn a captured value into words: a capability mask into names, an IEEE 802.11 reason or status code into its
 * name and meaning. */
const DETAIL_FILTERS: Record<string, (value: string) => string> = {
  capabilities: describeCapabilityMask,
  'ieee80211-reason': describeReasonCode,
  'ieee80211-status': describeStatusCode,
}

/** fillDetail fills an entry's detail template from a line's named groups; a filter decodes the value: `{mask|capabilities}` a
 * capability mask, `{reason|ieee80211-reason}` and `{status|ieee80211-status}` an IEEE 802.11 reason or status code. */
export function fillDetail(template: string, groups: Record<string, string>): string {
  return template.replace(/\{(\w+)(?:\|([\w-]+))?\}/g, (_, name: string, filter: string | undefined) => {
    const value = groups[name]
    if (value === undefined) return '?'
    const decode = filter === undefined ? undefined : DETAIL_FILTERS[filter]
    return decode ? decode(value) : value
  })
}

function groupsOf(match: RegExpExecArray): Record<string, string> {
  const groups: Record<string, string> = {}
  for (const [name, value] of Object.entries(match.groups ?? {})) if (value !== undefined) groups[name] = value
  return groups
}

/** KeywordIndex is the prefilter of a set of entries: one automaton over all their keywords (and the general answers' words), and
 * each keyword's entries. */
interface KeywordIndex {
  scanner: KeywordScanner
  entriesOf: CompiledEntry[][]
  /** markers are the indices of REPLY_MARKERS among the scanner's keywords. */
  markers: Set<number>
}

const indexes = new WeakMap<Catalog, Map<string, KeywordIndex>>()

/** keywordIndex builds (once per catalog and choice of sources) the prefilter for the entries that match lines. */
function keywordIndex(catalog: Catalog, entries: CompiledEntry[], sources: readonly Source[] | undefined, general: boolean): KeywordIndex {
  const key = `${general ? 'general:' : ''}${sources === undefined ? '*' : [...sources].sort().join(',')}`
  let byCatalog = indexes.get(catalog)
  if (!byCatalog) indexes.set(catalog, (byCatalog = new Map()))
  const known = byCatalog.get(key)
  if (known) return known
  const byKeyword = new Map<string, CompiledEntry[]>()
  for (const entry of entries) {
    for (const keyword of entry.keywords) {
      const list = byKeyword.get(keyword)
      if (list) list.push(entry)
      else byKeyword.set(keyword, [entry])
    }
  }
  const keywords = [...byKeyword.keys()]
  const extra = (words: readonly string[]) =>
    words.map(word => {
      const known = keywords.indexOf(word)
      return known === -1 ? keywords.push(word) - 1 : known
    })
  const markers = extra(REPLY_MARKERS)
  if (general) extra(generalKeywords(catalog))
  const index = {
    scanner: new KeywordScanner(keywords),
    entriesOf: keywords.map(keyword => byKeyword.get(keyword) ?? []),
    markers: new Set(markers),
  }
  byCatalog.set(key, index)
  return index
}

/** scanText finds, for each line (an SMTP reply wrapped over lines counting as one), the first entry in catalog order whose keyword and pattern match it. */
function scanText(text: string, index: KeywordIndex): {hits: Map<string, Hit[]>; unmatched: number; unanswered: UnansweredLine[]} {
  const {lineStarts, nonBlank, keywordsByLine} = index.scanner.scanLines(text)
  const lineAt = (line: number): string => {
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length
    return text.charCodeAt(end - 1) === 13 ? text.slice(lineStarts[line], end - 1) : text.slice(lineStarts[line], end)
  }
  const marked = [...keywordsByLine].filter(([, keywords]) => keywords.some(keyword => index.markers.has(keyword))).map(([line]) => line)
  const replies = replyStarts(text, lineStarts, marked, lineAt)
  const hits = new Map<string, Hit[]>()
  const unanswered: UnansweredLine[] = []
  let matched = 0
  let joined = 0
  let done = -1
  let reply = 0
  const withKeywords = keywordsByLine.keys()
  let keywordLine = withKeywords.next()
  for (;;) {
    const nextKeyword = keywordLine.done ? Infinity : keywordLine.value
    const nextReply = reply < replies.length ? replies[reply]! : Infinity
    const first = Math.min(nextKeyword, nextReply)
    if (first === Infinity) break
    if (first === nextKeyword) keywordLine = withKeywords.next()
    if (first === nextReply) reply++
    if (first <= done) continue
    const last = first === nextReply ? replyEnd(lineAt, lineStarts.length, first) : first
    done = last
    joined += last - first
    const lineText = joinLines(lineAt, first, last)
    const keywords = last === first ? keywordsByLine.get(first) : index.scanner.scan(lineText)
    const candidates = new Set<CompiledEntry>()
    for (const keyword of keywords ?? []) for (const entry of index.entriesOf[keyword]!) candidates.add(entry)
    const hit =
      candidates.size === 0
        ? null
        : firstMatch(
            [...candidates].sort((a, b) => a.order - b.order),
            normaliseLine(collapseReplyCodes(lineText)),
          )
    if (!hit) {
      unanswered.push({first: first + 1, last: last + 1, text: lineText})
      continue
    }
    matched++
    const list = hits.get(hit.entry.id) ?? []
    list.push({first: first + 1, last: last + 1, text: lineText.trim(), groups: hit.groups})
    hits.set(hit.entry.id, list)
  }
  return {hits, unmatched: nonBlank - joined - matched, unanswered}
}

function firstMatch(candidates: CompiledEntry[], message: string): {entry: CompiledEntry; groups: Record<string, string>} | null {
  for (const entry of candidates) {
    for (const regex of entry.regexes) {
      const match = regex.exec(message)
      if (match) return {entry, groups: groupsOf(match)}
    }
  }
  return null
}

function groupBy(hits: Hit[], group: string | undefined): Map<string, Hit[]> {
  const groups = new Map<string, Hit[]>()
  for (const hit of hits) {
    const key = group === undefined ? '' : (hit.groups[group] ?? '')
    const list = groups.get(key)
    if (list) list.push(hit)
    else groups.set(key, [hit])
  }
  return groups
}

/** applyDerivations moves the lines that meet a derived entry's condition from its base entry to it (link down ×3 → flapping). */
function applyDerivations(entries: CompiledEntry[], hits: Map<string, Hit[]>): void {
  for (const entry of entries) {
    const derivation = entry.derivedFrom
    if (!derivation) continue
    const base = hits.get(derivation.from)
    if (!base) continue
    const taken = new Set<Hit>()
    for (const group of groupBy(base, derivation.per).values()) {
      const measure = derivation.distinct === undefined ? group.length : new Set(group.map(hit => hit.groups[derivation.distinct!])).size
      if (measure >= derivation.atLeast) for (const hit of group) taken.add(hit)
    }
    if (taken.size === 0) continue
    hits.set(
      entry.id,
      base.filter(hit => taken.has(hit)),
    )
    const rest = base.filter(hit => !taken.has(hit))
    if (rest.length > 0) hits.set(derivation.from, rest)
    else hits.delete(derivation.from)
  }
}

/** sameSubject tells whether a hit of another entry is about the subject; a side that names no subject applies to every one. */
function sameSubject(hit: Hit, other: CompiledEntry | undefined, subject: string): boolean {
  const value = other?.subject === undefined ? undefined : hit.groups[other.subject]
  return value === undefined || subject === '' || value === subject
}

/** isHiddenBy tells whether one of the given entries' hits hides a subject's hits: any hit (quietWhen), or only a later one (resolvedBy). */
function isHiddenBy(ids: string[], subject: string, after: number, byId: Map<string, CompiledEntry>, hits: Map<string, Hit[]>): boolean {
  return ids.some(id => (hits.get(id) ?? []).some(hit => hit.first > after && sameSubject(hit, byId.get(id), subject)))
}

/** applyQuieting drops a problem for a subject when an entry that quiets it was seen (quietWhen), or that resolves it was seen later (resolvedBy). */
function applyQuieting(entries: CompiledEntry[], hits: Map<string, Hit[]>): void {
  const byId = new Map(entries.map(entry => [entry.id, entry]))
  const hidden = new Map<string, Hit[]>()
  for (const entry of entries) {
    const own = hits.get(entry.id)
    if (!own || (!entry.resolvedBy && !entry.quietWhen)) continue
    const kept: Hit[] = []
    for (const [subject, group] of groupBy(own, entry.subject)) {
      const last = Math.max(...group.map(hit => hit.last))
      const quiet = isHiddenBy(entry.quietWhen ?? [], subject, 0, byId, hits)
      const resolved = isHiddenBy(entry.resolvedBy ?? [], subject, last, byId, hits)
      if (!quiet && !resolved) kept.push(...group)
    }
    hidden.set(entry.id, kept)
  }
  for (const [id, kept] of hidden) {
    if (kept.length > 0) hits.set(id, kept)
    else hits.delete(id)
  }
}

function detailsOf(entry: {detail?: string | undefined}, base: CompiledEntry | undefined, hits: Hit[]): ExplainDetail[] {
  const template = entry.detail ?? base?.detail
  if (template === undefined) return []
  const counts = new Map<string, number>()
  for (const hit of hits) {
    const value = fillDetail(template, hit.groups)
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts]
    .map(([value, count]) => ({value, count}))
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_DETAILS)
}

const severityRank: Record<Severity, number> = {error: 0, warning: 1, info: 2}

function toMatch(entry: CompiledEntry | Answer, base: CompiledEntry | undefined, hits: Hit[]): ExplainMatch {
  const sorted = [...hits].sort((a, b) => a.first - b.first)
  const {id, source, severity, title, meaning, causes, next} = entry
  return {
    id,
    source,
    severity,
    title,
    meaning,
    causes,
    next,
    count: hits.length,
    lines: {first: sorted[0]!.first, last: Math.max(...sorted.map(hit => hit.last))},
    example: sorted[0]!.text.slice(0, MAX_EXAMPLE),
    details: 'general' in entry ? detailsOf({detail: '{detail}'}, undefined, sorted) : detailsOf(entry, base, sorted),
    general: 'general' in entry && entry.general,
  }
}

/** answerMatches turns the general answers given into matches, each line's detail (the code or error read) as its detail. */
function answerMatches(answers: AnswerHits): ExplainMatch[] {
  return [...answers.values()].map(({answer, lines}) =>
    toMatch(
      answer,
      undefined,
      lines.map(line => ({first: line.first, last: line.last, text: line.text.trim(), groups: {detail: line.detail}})),
    ),
  )
}

/** captureAdvice says what to collect next, from the sources whose hint words appear in the text, else in general. */
function captureAdvice(catalog: Catalog, text: string, sources: readonly Source[] | undefined): string[] {
  const lower = text.toLowerCase()
  const files = catalog.files.filter(file => sources === undefined || sources.includes(file.source))
  const hinted = files.filter(file => file.hints.some(hint => lower.includes(hint)))
  return hinted.length > 0 ? [...new Set(hinted.flatMap(file => file.capture))] : GENERAL_CAPTURE
}

/** explainText recognises the catalog's messages in text (a pasted message or a whole log), each line read up to MAX_LINE
 * characters; pure, and the catalog comes from loadCatalog. */
export function explainText(whole: string, catalog: Catalog, options: ExplainOptions = {}): ExplainResult {
  const {text, cut: longLines} = cutLongLines(whole)
  const sources = options.sources
  const entries = catalog.entries.filter(entry => sources === undefined || sources.includes(entry.source))
  const general = options.general === true
  const index = keywordIndex(
    catalog,
    entries.filter(entry => entry.derivedFrom === undefined),
    sources,
    general,
  )
  const {hits, unmatched, unanswered} = scanText(text, index)
  applyDerivations(entries, hits)
  applyQuieting(entries, hits)
  const byId = new Map(entries.map(entry => [entry.id, entry]))
  const recognised = entries
    .filter(entry => hits.has(entry.id))
    .map(entry => toMatch(entry, entry.derivedFrom && byId.get(entry.derivedFrom.from), hits.get(entry.id)!))
  let answers: AnswerHits = general ? answerLines(unanswered, catalog, sources) : new Map()
  const answered = [...answers.values()].reduce(
    (sum, {lines}) => sum + lines.reduce((count, line) => count + line.last - line.first + 1, 0),
    0,
  )
  if (general && recognised.length === 0 && answers.size === 0) answers = speakerAnswers(text, catalog, sources)
  const matches = [...recognised, ...answerMatches(answers)].sort(
    (a, b) => severityRank[a.severity] - severityRank[b.severity] || Number(a.general) - Number(b.general) || a.lines.first - b.lines.first,
  )
  return {matches, unmatched: unmatched - answered, longLines, capture: matches.length === 0 ? captureAdvice(catalog, text, sources) : []}
}
