// The shapes of the error-message catalog: entries as a support person writes them in rules/catalog/*.yaml, and compiled.
import type {Severity} from '../engine/finding.js'

/** SOURCES lists where a message can come from; each has one file rules/catalog/<source>.yaml. */
export const SOURCES = ['ping', 'arp', 'dhcp', 'nic-driver', 'ssh', 'smtp', 'xorg', 'capabilities', 'ppp'] as const

/** Source names the program or subsystem that prints a message. */
export type Source = (typeof SOURCES)[number]

/** Derivation makes an entry out of another entry's matches, e.g. "link went down 3 times" or "two MACs answer for one IP". */
export interface Derivation {
  /** from is the id of the entry whose matched lines are counted. */
  from: string
  /** atLeast is how many lines (or distinct values of `distinct`) it takes. */
  atLeast: number
  /** distinct names a capture group of `from` whose different values are counted instead of lines. */
  distinct?: string
  /** per names a capture group of `from`; the count is taken separately for each of its values. */
  per?: string
}

/** CatalogEntry is one message the catalog recognises, as written in the YAML. */
export interface CatalogEntry {
  /** id is dotted, `<source>.<name>`, and part of the JSON contract. */
  id: string
  source: Source
  severity: Severity
  title: string
  /** keywords are lower-case literal substrings; a line is only tried against the patterns when it holds one of them. */
  keywords: string[]
  /** patterns are regular expressions (case-insensitive) tried on the normalised line; named groups feed `detail` and `subject`. */
  patterns: string[]
  meaning: string
  /** causes are the likely causes, most likely first. */
  causes: string[]
  /** next are the checks to run next: a command, or the netdoc command that automates the check. */
  next: string[]
  /** detail is a template filled from each matched line's named groups, e.g. `{iface}` or `{set}: {mask|capabilities}`. */
  detail?: string
  /** subject names the capture group saying what the message is about (usually `iface`). */
  subject?: string
  /** resolvedBy lists entry ids whose later match for the same subject means this problem went away (link not ready → link ready). */
  resolvedBy?: string[]
  /** quietWhen lists entry ids whose match anywhere in the text (for the same subject, when both name one) hides this entry. */
  quietWhen?: string[]
  /** derivedFrom makes this entry from another entry's matches instead of from patterns of its own. */
  derivedFrom?: Derivation
}

/** CatalogFile is one rules/catalog/<source>.yaml file. */
export interface CatalogFile {
  source: Source
  /** hints are lower-case words suggesting that unrecognised text came from this source. */
  hints: string[]
  /** capture says what to collect next when text from this source was not recognised. */
  capture: string[]
  entries: CatalogEntry[]
}

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
}
