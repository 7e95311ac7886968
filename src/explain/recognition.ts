// Measures the catalog on a set of real pasted messages, each labelled with the category (catalog source) that should explain
// it: how many a specific entry recognises in the right category, and how many at least get a general answer there.
import type {Catalog, Source} from './catalog.js'
import {explainText, type ExplainMatch} from './explain-text.js'

/** LabelledMessage is one real message as pasted, the category that should explain it, and where it was seen. */
export interface LabelledMessage {
  text: string
  category: Source
  source: string
}

/** Outcome is what explain made of one message: recognised in its category, only answered in general there, or neither. */
export type Outcome = 'recognised' | 'answered' | 'missed'

/** outcomeOf tells how explain answers one message: its first specific match in the right category is `recognised`, a general
 * answer there (the program, the errno) `answered`; anything else, a wrong category included, is `missed`. */
export function outcomeOf(message: LabelledMessage, catalog: Catalog): {outcome: Outcome; first: ExplainMatch | undefined} {
  const {matches} = explainText(message.text, catalog, {general: true})
  const specific = matches.find(match => !match.general)
  if (specific) return {outcome: specific.source === message.category ? 'recognised' : 'missed', first: specific}
  const general = matches[0]
  return {outcome: general?.source === message.category ? 'answered' : 'missed', first: general}
}

/** Tally counts the outcomes of one category (or of all). */
export interface Tally {
  total: number
  recognised: number
  answered: number
}

/** recognition tallies the outcomes per category and over all, and lists the messages missed. */
export function recognition(
  messages: readonly LabelledMessage[],
  catalog: Catalog,
): {byCategory: Map<Source, Tally>; all: Tally; missed: {message: LabelledMessage; first: ExplainMatch | undefined}[]} {
  const byCategory = new Map<Source, Tally>()
  const all: Tally = {total: 0, recognised: 0, answered: 0}
  const missed: {message: LabelledMessage; first: ExplainMatch | undefined}[] = []
  for (const message of messages) {
    const {outcome, first} = outcomeOf(message, catalog)
    const tally = byCategory.get(message.category) ?? {total: 0, recognised: 0, answered: 0}
    byCategory.set(message.category, tally)
    for (const counts of [tally, all]) {
      counts.total++
      if (outcome === 'recognised') counts.recognised++
      if (outcome !== 'missed') counts.answered++
    }
    if (outcome !== 'recognised') missed.push({message, first})
  }
  return {byCategory, all, missed}
}
