// The questions the guide asks a volunteer, where only a person at the machine can know the answer.

/** QuestionId names a question; an answers file uses these names (`lights=no`). */
export type QuestionId = 'lights' | 'blink' | 'which-port' | 'target' | 'device-on' | 'send'

/** Question is what the guide asks, in plain words, and what it accepts. */
export interface Question {
  id: QuestionId
  text: string
  /** yes-no accepts yes / no / not sure; text accepts anything (an empty answer skips). */
  kind: 'yes-no' | 'text'
}

/** YesNo is a yes-no answer; "not sure" is an answer too. */
export type YesNo = 'yes' | 'no' | 'not sure'

/** readYesNo understands y, yes, n, no, ?, not sure, don't know (any case); anything else is null. */
export function readYesNo(answer: string): YesNo | null {
  const word = answer.trim().toLowerCase()
  if (['y', 'yes', 'j', 'ja', 'oui'].includes(word)) return 'yes'
  if (['n', 'no', 'nein', 'non'].includes(word)) return 'no'
  if (['?', 'not sure', 'unsure', "don't know", 'dont know', 'maybe', ''].includes(word)) return 'not sure'
  return null
}

/** questions builds each question's text for this machine and target. */
export const questions = {
  lights: (port: string): Question => ({
    id: 'lights',
    kind: 'yes-no',
    text: `Look at the back of the computer at the network port ${port}. Are the small lights beside it on or blinking?`,
  }),
  blink: (port: string): Question => ({
    id: 'blink',
    kind: 'yes-no',
    text: `Shall I blink the light of the socket ${port} for 15 seconds, so you can see which one it is? (It changes no setting; where the light cannot blink, I will instead watch which port loses its link when you pull a cable.)`,
  }),
  whichPort: (ports: string[]): Question => ({
    id: 'which-port',
    kind: 'text',
    text: `This computer has ${ports.length} network ports: ${ports.join(', ')}. Which one is the cable in? Type its name, or press Enter if you cannot tell.`,
  }),
  target: (): Question => ({
    id: 'target',
    kind: 'text',
    text: 'Which device can you not reach? Type its name or address (for example 192.168.1.10), or press Enter to skip.',
  }),
  deviceOn: (target: string): Question => ({
    id: 'device-on',
    kind: 'yes-no',
    text: `Go to ${target}. Is it switched on, and are the lights beside its network cable on or blinking?`,
  }),
  send: (): Question => ({
    id: 'send',
    kind: 'yes-no',
    text: 'Shall I write a file with what I found (addresses and names masked) for you to send to your helper?',
  }),
}
