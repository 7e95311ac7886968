// The schema every rules/catalog/<source>.yaml file must follow; imported lazily (zod costs start-up time). The catalog's
// types (src/explain/catalog.ts) are derived from it.
import {z} from 'zod'
import type {Severity} from '../engine/finding.js'
import {SOURCES} from './catalog.js'
import {CAPTURE_NAME, conversionsOf, formatKeyword, formatPattern} from './printf-pattern.js'

const text = z.string().trim().min(1)
const lowerCase = text.refine(value => value === value.toLowerCase(), {message: 'must be lower-case'})
const keyword = z
  .string()
  .trim()
  .min(1)
  .regex(/^[\x20-\x7e]+$/, 'must be plain ASCII (keywords are matched ignoring ASCII case)')
  .refine(value => value === value.toLowerCase(), {message: 'must be lower-case'})
const regex = text.refine(
  value => {
    try {
      new RegExp(value, 'i')
      return true
    } catch {
      return false
    }
  },
  {message: 'is not a valid regular expression'},
)

/** SEVERITIES are the severities an entry may have, each one a finding's Severity. */
const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[]

/** derivation makes an entry out of another entry's matches, e.g. "link went down 3 times" or "two MACs answer for one IP". */
export const derivation = z.strictObject({
  /** from is the id of the entry whose matched lines are counted. */
  from: text,
  /** atLeast is how many lines (or distinct values of `distinct`) it takes. */
  atLeast: z.number().int().min(2),
  /** distinct names a capture group of `from` whose different values are counted instead of lines. */
  distinct: text.optional(),
  /** per names a capture group of `from`; the count is taken separately for each of its values. */
  per: text.optional(),
})

/** printfFormat is a message format as the program's own source writes it, turned into a pattern by src/explain/printf-pattern.ts. */
export const printfFormat = z
  .strictObject({
    /** format is the printf format string, verbatim from the source (C escapes such as \n as written there). */
    format: text,
    /** args name each conversion's capture group, `_` for none, or `=text` for the fixed text wanted there (a strerror %s). */
    args: z
      .array(text.refine(arg => arg === '_' || arg.startsWith('=') || CAPTURE_NAME.test(arg), 'must be a name, _ or =text'))
      .default([]),
    /** from says where the format is: the project, the file and the function, e.g. `openssh-portable sshconnect.c ssh_connect_direct()`. */
    from: text.min(8),
  })
  .superRefine((value, context) => {
    if (value.args.length > conversionsOf(value.format).length)
      context.addIssue({
        code: 'custom',
        path: ['args'],
        message: `more arguments than the format's ${conversionsOf(value.format).length} conversions`,
      })
    else if (formatKeyword(value.format, value.args) === null)
      context.addIssue({code: 'custom', path: ['format'], message: 'has no literal text of four characters or more to look for'})
    else {
      try {
        new RegExp(formatPattern(value.format, value.args), 'i')
      } catch (error) {
        context.addIssue({code: 'custom', path: ['format'], message: `does not make a pattern: ${(error as Error).message}`})
      }
    }
  })

/** catalogEntrySchema checks one message the catalog recognises, as written in the YAML (its source may be left to the file). */
export const catalogEntrySchema = z
  .strictObject({
    /** id is dotted, `<source>.<name>`, and part of the JSON contract. */
    id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must be `<source>.<name>` in lower-case kebab'),
    source: z.enum(SOURCES).optional(),
    severity: z.enum(SEVERITIES),
    title: text,
    /** keywords are lower-case literal substrings; a line is only tried against the patterns when it holds one of them. */
    keywords: z.array(keyword).default([]),
    /** patterns are regular expressions (case-insensitive) tried on the normalised line; named groups feed `detail` and `subject`. */
    patterns: z.array(regex).default([]),
    /** formats are the program's own printf formats for the message; each is also a pattern, and gives its own keyword. */
    formats: z.array(printfFormat).default([]),
    meaning: text,
    /** causes are the likely causes, most likely first. */
    causes: z.array(text).min(1),
    /** next are the checks to run next: a command, or the netdoc command that automates the check. */
    next: z.array(text).min(1),
    /** detail is a template filled from each matched line's named groups, e.g. `{iface}` or `{set}: {mask|capabilities}`. */
    detail: text.optional(),
    /** subject names the capture group saying what the message is about (usually `iface`). */
    subject: text.optional(),
    /** resolvedBy lists entry ids whose later match for the same subject means this problem went away (link not ready → link ready). */
    resolvedBy: z.array(text).optional(),
    /** quietWhen lists entry ids whose match anywhere in the text (for the same subject, when both name one) hides this entry. */
    quietWhen: z.array(text).optional(),
    /** derivedFrom makes this entry from another entry's matches instead of from patterns of its own. */
    derivedFrom: derivation.optional(),
  })
  .refine(
    value =>
      value.derivedFrom
        ? value.patterns.length === 0 && value.keywords.length === 0 && value.formats.length === 0
        : (value.patterns.length > 0 || value.formats.length > 0) && (value.patterns.length === 0 || value.keywords.length > 0),
    {
      message: 'an entry has formats, or keywords and patterns, or derivedFrom and none of them',
    },
  )

/** catalogFileSchema checks one rules/catalog/<source>.yaml file; what it gives has every entry's source filled in from the file's. */
export const catalogFileSchema = z
  .strictObject({
    source: z.enum(SOURCES),
    /** hints are lower-case words suggesting that unrecognised text came from this source. */
    hints: z.array(lowerCase).default([]),
    /** capture says what to collect next when text from this source was not recognised. */
    capture: z.array(text).min(1),
    entries: z.array(catalogEntrySchema).min(1),
  })
  .superRefine((file, context) => {
    file.entries.forEach((item, index) => {
      if (!item.id.startsWith(`${file.source}.`))
        context.addIssue({code: 'custom', path: ['entries', index, 'id'], message: `must start with "${file.source}."`})
      if (item.source !== undefined && item.source !== file.source)
        context.addIssue({code: 'custom', path: ['entries', index, 'source'], message: `must be "${file.source}", the file's source`})
    })
  })
  .transform(file => ({...file, entries: file.entries.map(entry => ({...entry, source: file.source}))}))

/** formatSchemaError says in one line per problem what is wrong where in a catalog file. */
export function formatSchemaError(error: z.ZodError): string {
  return error.issues.map(issue => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ')
}

/** speakerSchema checks one program netdoc can tell from how it marks its lines (rules/general/speakers.yaml). */
const speakerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case kebab'),
  source: z.enum(SOURCES),
  /** name says who wrote the line; it may use the named groups of the pattern that matched, e.g. `{driver}`. */
  name: text,
  patterns: z.array(regex).min(1),
  about: text,
  capture: z.array(text).min(1),
})

/** errnoSchema checks one error text of the C library (rules/general/errnos.yaml). */
const errnoSchema = z.strictObject({
  name: z.string().regex(/^E[A-Z_]+$/),
  /** number is the Linux errno the kernel prints negated (-110); getaddrinfo's texts have none. */
  number: z.number().int().positive().optional(),
  gai: z.literal(true).optional(),
  messages: z.array(keyword).min(1),
  meaning: text,
  causes: z.array(text).min(1),
  next: z.array(text).min(1),
})

/** generalSchema checks the files of rules/general: whoever wrote a line, the C library's errors, SMTP's status codes. */
export const generalSchema = z.strictObject({
  speakers: z.array(speakerSchema).min(1),
  errnos: z.array(errnoSchema).min(1),
  smtp: z.strictObject({
    classes: z.record(z.string().regex(/^[245]$/), text),
    subjects: z.record(z.string().regex(/^\d{1,3}$/), text),
    /** details maps `subject.detail` to the code's name and what it means. */
    details: z.record(z.string().regex(/^\d{1,3}\.\d{1,3}$/), z.tuple([text, text])),
  }),
})
