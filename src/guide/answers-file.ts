// Reads a guide answers file: one `question=answer` a line, `#` for comments, so a walk-through can be scripted.
import {parsed, unparsable, type Parsed} from '../parse/parse-result.js'
import type {QuestionId} from './questions.js'

const ids: QuestionId[] = ['lights', 'which-port', 'target', 'device-on', 'send']

/** parseAnswersFile reads the file's text into answers by question id; an unknown question or a line without `=` is an error. */
export function parseAnswersFile(text: string): Parsed<Partial<Record<QuestionId, string>>> {
  const answers: Partial<Record<QuestionId, string>> = {}
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const equals = line.indexOf('=')
    if (equals === -1) return unparsable(`line ${index + 1}: expected question=answer, e.g. target=192.168.1.10`)
    const id = line.slice(0, equals).trim()
    if (!ids.includes(id as QuestionId)) return unparsable(`line ${index + 1}: no question is called "${id}" (they are: ${ids.join(', ')})`)
    answers[id as QuestionId] = line.slice(equals + 1).trim()
  }
  return parsed(answers)
}
