// The guide's terminal: questions asked at a prompt, or taken from an answers file first where it has the answer. Ctrl-C or
// Ctrl-D at a question stops the guide (Stopped: exit 130), before anything is written.
import {createInterface} from 'node:readline/promises'
import {Stopped} from '../cli/bad-input.js'
import type {GuideIO} from './walk.js'
import type {Question, QuestionId} from './questions.js'

/** STOPPED_LINE is what the guide says when the person stops it at a question. */
export const STOPPED_LINE = 'Stopped; nothing was written.'

/** terminalIO asks at the terminal (when there is one), taking an answer from the answers file first where it has one. */
export function terminalIO(given: Partial<Record<QuestionId, string>>, terminal: boolean): GuideIO & {close(): void} {
  const prompt = terminal ? createInterface({input: process.stdin, output: process.stdout}) : null
  let closed = false
  prompt?.on('close', () => (closed = true))
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
      if (closed) throw new Stopped(STOPPED_LINE)
      const controller = new AbortController()
      const onClose = () => controller.abort()
      prompt.once('close', onClose)
      try {
        return await prompt.question(`${question.text}\n> `, {signal: controller.signal})
      } catch {
        say('')
        throw new Stopped(STOPPED_LINE)
      } finally {
        prompt.off('close', onClose)
      }
    },
    close: () => prompt?.close(),
  }
}
