// The answers for lines no catalog entry recognises, from what netdoc knows in general (rules/general): an SMTP reply read by its
// enhanced status code, an error text of the C library (or the kernel's negative errno) wherever it appears, and, when nothing
// at all is recognised, which program wrote the lines. Each says it is general.
import type {Severity} from '../engine/finding.js'
import type {Catalog, Errno, Source, Speaker} from './catalog.js'
import {normaliseLine} from './normalise.js'

/** MatchSource is where a recognised message comes from: a catalog source, or `general` for an error whose writer is unknown. */
export type MatchSource = Source | 'general'

/** Answer is what a general answer (or a catalog entry) says, so both are reported alike. */
export interface Answer {
  id: string
  /** source is the catalog source (the program's kind) the message is from, or `general` for an error whose writer is unknown. */
  source: MatchSource
  severity: Severity
  title: string
  meaning: string
  causes: string[]
  next: string[]
  /** general is true for an answer from what netdoc knows in general (an errno, the program that wrote the text); false for a
   * catalog entry and an SMTP status code (it classifies the very reply). */
  general: boolean
}

/** AnsweredLine is one line (or SMTP reply joined over lines) and the detail a general answer read from it. */
export interface AnsweredLine {
  first: number
  last: number
  text: string
  detail: string
}

/** UnansweredLine is a line no catalog entry matched: its 1-based first and last line, and its text as written. */
export interface UnansweredLine {
  first: number
  last: number
  text: string
}

/** KERNEL_ERRNO finds the kernel's way of printing an errno: a negative number after error, err, status, ret, returned, rc… */
const KERNEL_ERRNO = /\b(?:error|err|status|ret|returned|rc|result|failed|failure|code)(?: code)?\s*[=:]?\s*(?:with\s+)?-(\d{1,3})\b/i

/** KERNEL_ERRNO_KEYWORDS are the words the keyword prefilter looks for so that lines with a kernel errno are read. */
const KERNEL_ERRNO_KEYWORDS = [
  'error -',
  'err -',
  'error=-',
  'err=-',
  'status -',
  'ret=-',
  'ret -',
  'returned -',
  'rc=-',
  'error: -',
  'failed: -',
  'failed with -',
  'code -',
  'result -',
]

/** SMTP_STATUS finds an enhanced status code (RFC 3463) right after a reply code (550 5.7.1, 421-4.7.0), as postfix's dsn=, or
 * starting a line and followed by the reply's words (a bounce quoting only the code: `5.7.1 Mail from IP … was rejected`). */
const SMTP_STATUS =
  /(?:\b[245]\d\d[- ]|\bdsn=|^\s*(?=[245]\.\d{1,3}\.\d{1,3}\s+[a-z<]))(?<class>[245])\.(?<subject>\d{1,3})\.(?<detail>\d{1,3})\b/i

/** SMTP_KEYWORDS make the prefilter pass lines that may hold an SMTP reply that is not at the start of the line. */
const SMTP_KEYWORDS = ['dsn=', 'smtp', 'said:', 'mail']

/** generalKeywords are the words whose lines the general answers read when no catalog entry matched them. */
export function generalKeywords(catalog: Catalog): string[] {
  return [...catalog.general.errnos.flatMap(errno => errno.messages), ...KERNEL_ERRNO_KEYWORDS, ...SMTP_KEYWORDS]
}

const GENERAL_NOTE = 'This is a general answer: netdoc knows this kind of error, not this exact message.'

/** speakerOf tells which program wrote a line, and the name its pattern fills in (e.g. the driver's), or null. */
export function speakerOf(text: string, catalog: Catalog): {speaker: Speaker; name: string} | null {
  for (const {speaker, regexes} of catalog.speakers) {
    for (const regex of regexes) {
      const match = regex.exec(text)
      if (match) return {speaker, name: speaker.name.replace(/\{(\w+)\}/g, (_, group: string) => match.groups?.[group] ?? '?')}
    }
  }
  return null
}

/** errnoOf finds the C library error a message names, by its English text or the kernel's negative number. */
export function errnoOf(message: string, catalog: Catalog): {errno: Errno; printed: string} | null {
  const lower = message.toLowerCase()
  let best: {errno: Errno; printed: string; at: number} | null = null
  for (const errno of catalog.general.errnos) {
    for (const text of errno.messages) {
      const at = lower.indexOf(text)
      if (at !== -1 && (best === null || at < best.at)) best = {errno, printed: message.slice(at, at + text.length), at}
    }
  }
  if (best) return best
  const number = KERNEL_ERRNO.exec(message)
  const errno = number && catalog.general.errnos.find(candidate => candidate.number === Number(number[1]))
  return errno ? {errno, printed: `-${number[1]}`} : null
}

/** smtpStatusAnswer reads an SMTP reply's enhanced status code: its class (temporary or permanent), subject and detail. */
export function smtpStatusAnswer(message: string, catalog: Catalog): {answer: Answer; code: string} | null {
  const match = SMTP_STATUS.exec(message)
  if (!match?.groups) return null
  const {smtp} = catalog.general
  const {class: klass, subject, detail} = match.groups as {class: string; subject: string; detail: string}
  const known = smtp.details[`${subject}.${detail}`]
  const about = smtp.subjects[subject]
  if (!smtp.classes[klass] || (!known && !about)) return null
  const code = `${klass}.${subject}.${detail}`
  const permanent = klass === '5'
  const title = known ? `${known[0]} (SMTP ${code})` : `A mail server refused over ${about} (SMTP ${code})`
  return {
    code,
    answer: {
      id: known ? `smtp.status-${klass}-${subject}-${detail}` : `smtp.status-${klass}-${subject}`,
      source: 'smtp',
      severity: klass === '2' ? 'info' : 'error',
      title,
      meaning: `${smtp.classes[klass]} ${known ? known[1] : `The code only says the problem is about ${about}.`}`,
      causes: [`Read the server's own words after the code: they usually name the reason (and often a web page about it).`],
      next: [
        permanent
          ? 'Fix what the reply names, then send again; a permanent failure is not retried.'
          : 'Nothing to do at once: the sending server retries. If it keeps failing, fix what the reply names.',
        'netdoc explain --file <the whole bounce> — the full reply and the headers say more.',
      ],
      general: false,
    },
  }
}

function errnoAnswer(errno: Errno, speaker: {speaker: Speaker; name: string} | null): Answer {
  const printed = errno.messages[0]!.replace(/^./, first => first.toUpperCase())
  return {
    id: speaker ? `errno.${errno.name.toLowerCase()}.${speaker.speaker.id}` : `errno.${errno.name.toLowerCase()}`,
    source: speaker ? speaker.speaker.source : 'general',
    severity: 'warning',
    title: speaker ? `${speaker.name}: ${printed} (${errno.name})` : `${printed} (${errno.name})`,
    meaning: `${errno.meaning}${speaker ? ` ${speaker.speaker.about}` : ''} ${GENERAL_NOTE}`,
    causes: errno.causes,
    next: [...errno.next, ...(speaker ? speaker.speaker.capture : [])],
    general: true,
  }
}

/** AnswerHits are the general answers given and the lines each answers. */
export type AnswerHits = Map<string, {answer: Answer; lines: AnsweredLine[]}>

function add(hits: AnswerHits, answer: Answer, line: AnsweredLine): void {
  const known = hits.get(answer.id)
  if (known) known.lines.push(line)
  else hits.set(answer.id, {answer, lines: [line]})
}

/** wanted tells whether an answer's source is among those asked for (all when none are named); `general` ones only then. */
function wanted(source: MatchSource, sources: readonly Source[] | undefined): boolean {
  return sources === undefined || (source !== 'general' && sources.includes(source))
}

/** answerLines gives the lines no catalog entry matched their SMTP status or errno answer, where they have one. */
export function answerLines(lines: readonly UnansweredLine[], catalog: Catalog, sources: readonly Source[] | undefined): AnswerHits {
  const hits: AnswerHits = new Map()
  for (const line of lines) {
    const message = normaliseLine(line.text)
    const status = smtpStatusAnswer(message, catalog)
    if (status) {
      if (wanted('smtp', sources)) add(hits, status.answer, {...line, detail: status.code})
      continue
    }
    const errno = errnoOf(message, catalog)
    if (!errno) continue
    const answer = errnoAnswer(errno.errno, speakerOf(line.text, catalog))
    if (wanted(answer.source, sources)) add(hits, answer, {...line, detail: errno.printed})
  }
  return hits
}

/** MAX_SPEAKER_LINES bounds how many lines are read for their speaker when nothing in a text was recognised. */
const MAX_SPEAKER_LINES = 2000
/** MAX_SPEAKERS is how many different programs are named at most, those with the most lines first. */
const MAX_SPEAKERS = 3

/** speakerAnswers names the programs that wrote a text nothing in it was recognised of, and what their trouble usually means. */
export function speakerAnswers(text: string, catalog: Catalog, sources: readonly Source[] | undefined): AnswerHits {
  const hits: AnswerHits = new Map()
  const lines = text.split('\n')
  let read = 0
  for (let index = 0; index < lines.length && read < MAX_SPEAKER_LINES; index++) {
    const line = lines[index]!.replace(/\r$/, '')
    if (line.trim() === '') continue
    read++
    const found = speakerOf(line, catalog)
    if (!found || !wanted(found.speaker.source, sources)) continue
    const {speaker} = found
    add(
      hits,
      {
        id: `speaker.${speaker.id}`,
        source: speaker.source,
        severity: 'info',
        title: `Written by ${speaker.name}; netdoc does not know this message`,
        meaning: `${speaker.about} This is a general answer: netdoc knows the program that wrote this, not the message.`,
        causes: [],
        next: speaker.capture,
        general: true,
      },
      {first: index + 1, last: index + 1, text: line, detail: found.name},
    )
  }
  return new Map([...hits].sort((a, b) => b[1].lines.length - a[1].lines.length).slice(0, MAX_SPEAKERS))
}
