// Reads a guide answers file: one `question=answer` a line, `#` for comments, so a walk-through can be scripted. An answer a
// question cannot take (lights=maybe, a target that is no host) is refused with its line number, never asked about three times.
import {parsed, unparsable, type Parsed} from '../parse/parse-result.js'
import {parseTarget} from '../parse/target.js'
import type {QuestionId} from './questions.js'

/** YES_NO_CHOICES are the answers a yes-no question takes in an answers file. */
export const YES_NO_CHOICES = ['yes', 'no', 'not sure'] as const

const yesNo: QuestionId[] = ['lights', 'blink', 'device-on', 'send']
const ids: QuestionId[] = ['lights', 'blink', 'which-port', 'target', 'device-on', 'send']

function answerProblem(id: QuestionId, answer: string): string | null {
  if (yesNo.includes(id))
    return (YES_NO_CHOICES as readonly string[]).includes(answer.toLowerCase())
      ? null
      : `${id} takes ${YES_NO_CHOICES.join(', ')}, not ${JSON.stringify(answer)}`
  if (id === 'target' && answer !== '') {
    const target = parseTarget(answer)
    return target.ok ? null : target.error
  }
  return null
}

/** parseAnswersFile reads the file's text into answers by question id; an unknown question, a line without `=` or an answer the
 * question cannot take is an error naming its line. */
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
    const answer = line.slice(equals + 1).trim()
    const problem = answerProblem(id as QuestionId, answer)
    if (problem) return unparsable(`line ${index + 1}: ${problem}`)
    answers[id as QuestionId] = answer
  }
  return parsed(answers)
}
