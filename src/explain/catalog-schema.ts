// The schema every rules/catalog/<source>.yaml file must follow; imported lazily (zod costs start-up time). The catalog's
// types (src/explain/catalog.ts) are derived from it.
import {z} from 'zod'
import type {Severity} from '../engine/finding.js'
import {SOURCES} from './catalog.js'

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
        ? value.patterns.length === 0 && value.keywords.length === 0
        : value.patterns.length > 0 && value.keywords.length > 0,
    {
      message: 'an entry has keywords and patterns, or derivedFrom and neither',
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
