// The guide's terminal: questions asked at a prompt, or taken from an answers file first where it has the answer.
import {createInterface} from 'node:readline/promises'
import type {GuideIO} from './walk.js'
import type {Question, QuestionId} from './questions.js'

/** terminalIO asks at the terminal (when there is one), taking an answer from the answers file first where it has one. */
export function terminalIO(given: Partial<Record<QuestionId, string>>, terminal: boolean): GuideIO & {close(): void} {
  const prompt = terminal ? createInterface({input: process.stdin, output: process.stdout}) : null
  const say = (text: string) => process.stdout.write(`${text}\n`)
  return {
    say,
    async ask(question: Question) {
      say('')
      const preset = given[question.id]
      if (preset !== undefined) {
        say(`${question.text}\n> ${preset}`)
        return preset
      }
      if (!prompt) {
        say(`${question.text}\n> (no answer in the answers file)`)
        return ''
      }
      return prompt.question(`${question.text}\n> `)
    },
    close: () => prompt?.close(),
  }
}
