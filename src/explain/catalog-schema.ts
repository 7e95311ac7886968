// The schema every rules/catalog/<source>.yaml file must follow; imported lazily (zod costs start-up time).
import {z} from 'zod'
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

const derivation = z.strictObject({
  from: text,
  atLeast: z.number().int().min(2),
  distinct: text.optional(),
  per: text.optional(),
})

const entry = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must be `<source>.<name>` in lower-case kebab'),
    source: z.enum(SOURCES).optional(),
    severity: z.enum(['error', 'warning', 'info']),
    title: text,
    keywords: z.array(keyword).default([]),
    patterns: z.array(regex).default([]),
    meaning: text,
    causes: z.array(text).min(1),
    next: z.array(text).min(1),
    detail: text.optional(),
    subject: text.optional(),
    resolvedBy: z.array(text).optional(),
    quietWhen: z.array(text).optional(),
    derivedFrom: derivation.optional(),
  })
  .refine(value => (value.derivedFrom ? value.patterns.length === 0 && value.keywords.length === 0 : value.patterns.length > 0 && value.keywords.length > 0), {
    message: 'an entry has keywords and patterns, or derivedFrom and neither',
  })

/** catalogFileSchema checks one rules/catalog/<source>.yaml file. */
export const catalogFileSchema = z
  .strictObject({
    source: z.enum(SOURCES),
    hints: z.array(lowerCase).default([]),
    capture: z.array(text).min(1),
    entries: z.array(entry).min(1),
  })
  .superRefine((file, context) => {
    file.entries.forEach((item, index) => {
      if (!item.id.startsWith(`${file.source}.`)) context.addIssue({code: 'custom', path: ['entries', index, 'id'], message: `must start with "${file.source}."`})
      if (item.source !== undefined && item.source !== file.source)
        context.addIssue({code: 'custom', path: ['entries', index, 'source'], message: `must be "${file.source}", the file's source`})
    })
  })

/** formatSchemaError says in one line per problem what is wrong where in a catalog file. */
export function formatSchemaError(error: z.ZodError): string {
  return error.issues.map(issue => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ')
}
