// The shapes of the error-message catalog: entries as a support person writes them in rules/catalog/*.yaml, and compiled.
// The written shapes are derived from their schema (src/explain/catalog-schema.ts); the imports are types only, so zod stays
// out of start-up.
import type {z} from 'zod'
import type {catalogFileSchema, derivation, generalSchema} from './catalog-schema.js'

/** SOURCES lists where a message can come from; each has one file rules/catalog/<source>.yaml. */
export const SOURCES = ['ping', 'arp', 'dhcp', 'nic-driver', 'wifi', 'ssh', 'smtp', 'xorg', 'capabilities', 'ppp'] as const

/** Source names the program or subsystem that prints a message. */
export type Source = (typeof SOURCES)[number]

/** Derivation makes an entry out of another entry's matches, e.g. "link went down 3 times" or "two MACs answer for one IP". */
export type Derivation = z.output<typeof derivation>

/** CatalogFile is one rules/catalog/<source>.yaml file, as its schema gives it (every entry's source filled in). */
export type CatalogFile = z.output<typeof catalogFileSchema>

/** CatalogEntry is one message the catalog recognises, as written in the YAML. */
export type CatalogEntry = CatalogFile['entries'][number]

/** CompiledEntry is an entry with its patterns compiled, ready for matching. */
export interface CompiledEntry extends CatalogEntry {
  /** order is the entry's place in the catalog; the first entry whose pattern matches a line takes it. */
  order: number
  regexes: RegExp[]
}

/** Catalog is the whole compiled catalog, as explainText uses it. */
export interface Catalog {
  entries: CompiledEntry[]
  files: CatalogFile[]
  general: General
  /** speakers are the general speakers with their patterns compiled, in order. */
  speakers: {speaker: Speaker; regexes: RegExp[]}[]
}

/** General is what netdoc knows beyond the catalog's messages (rules/general/*.yaml): who wrote a line, what an errno means, and
 * what an SMTP status code says. It answers, in general terms, text no entry recognises. */
export type General = z.output<typeof generalSchema>

/** Speaker is one program netdoc can tell from how it marks its lines. */
export type Speaker = General['speakers'][number]

/** Errno is one error of the C library, by its name, its number and its English texts. */
export type Errno = General['errnos'][number]
