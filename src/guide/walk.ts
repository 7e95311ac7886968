// The guided walk-through: runs the checks, asks a person what a machine cannot know, and says what to do, in plain words.
import type {Finding} from '../engine/finding.js'
import type {Target} from '../parse/target.js'
import {parseTarget} from '../parse/target.js'
import {nicsReport} from '../capabilities/nics/report.js'
import {doctorReport} from '../report/doctor-report.js'
import {printable, printableDeep} from '../render/printable.js'
import {whyNoPingReport} from '../capabilities/ping/report.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {renderLocate, type LocateReport} from '../locate/report.js'
import {questions, readYesNo, type Question, type QuestionId, type YesNo} from './questions.js'

/** GuideIO is how the guide talks: it says lines and asks questions (a terminal, or an answers file). */
export interface GuideIO {
  say(text: string): void
  ask(question: Question): Promise<string>
}

/** GuideChecks are the real checks the guide runs; the command passes netdoc's collectors: `machine` is the run `netdoc doctor`
 * makes (every section), whyNoPing is null where nothing may be probed (e.g. a recorded tree). */
export interface GuideChecks {
  machine(): Promise<Snapshot>
  whyNoPing: ((target: Target) => Promise<Snapshot>) | null
  writeSnapshot(snapshot: Snapshot): Promise<string>
  /** locate shows a port's socket as `netdoc locate` does (its LED blinks, else the unplug watch); null where nothing may be done (a recorded tree). */
  locate: ((port: string) => Promise<LocateReport>) | null
}

/** GuideOutcome is what the walk found and heard, for the exit code and --json. */
export interface GuideOutcome {
  findings: Finding[]
  answers: Partial<Record<QuestionId, string>>
  snapshotFile: string | null
}

const MAX_TRIES = 3

async function askYesNo(io: GuideIO, question: Question, answers: GuideOutcome['answers']): Promise<YesNo> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const answer = readYesNo(await io.ask(question))
    if (answer !== null) {
      answers[question.id] = answer
      return answer
    }
    io.say('Please answer yes, no, or not sure.')
  }
  answers[question.id] = 'not sure'
  return 'not sure'
}

async function askTarget(io: GuideIO, answers: GuideOutcome['answers']): Promise<Target | null> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const answer = (await io.ask(questions.target())).trim()
    if (answer === '') return null
    const target = parseTarget(answer)
    if (target.ok) {
      answers.target = answer
      return target.value
    }
    io.say(`That is not something I can check: ${printable(target.error)}.`)
  }
  return null
}

function sayFinding(io: GuideIO, finding: Finding): void {
  io.say(`→ ${finding.title}.`)
  for (const fact of finding.evidence.slice(0, 3)) io.say(`  (${fact})`)
  if (finding.next.length > 0) io.say('  What to do:')
  for (const step of finding.next) io.say(`   - ${step}`)
}

/** locateSocket offers to show the socket of `port` (the one holding the IP configuration): its LED blinks, or, where it cannot, the
 * port whose cable the person pulls is named. Returns that port when the watch saw one lose its link, else null. */
async function locateSocket(io: GuideIO, port: string, outcome: GuideOutcome, checks: GuideChecks): Promise<string | null> {
  if (checks.locate === null) return null
  if ((await askYesNo(io, questions.blink(port), outcome.answers)) !== 'yes') return null
  io.say(`Blinking the light of ${port} (or watching for a pulled cable, if it cannot blink)...`)
  const report = printableDeep(await checks.locate(port))
  io.say(renderLocate(report))
  if (report.led === 'blinked') io.say(`Put the cable into the socket that blinked: that is ${port}.`)
  return report.watch?.change?.change === 'lost' ? report.watch.change.port : null
}

async function walkPorts(io: GuideIO, snapshot: Snapshot, outcome: GuideOutcome, checks: GuideChecks): Promise<void> {
  const report = printableDeep(nicsReport(snapshot, false))
  const wired = report.interfaces.filter(port => port.name !== null && !port.wireless)
  io.say(
    `This computer has ${report.interfaces.length} network port${report.interfaces.length === 1 ? '' : 's'}: ${report.interfaces.map(port => `${port.name ?? '(a controller with no driver)'} (${port.kind}, ${port.carrier === true ? 'cable in' : port.carrier === false ? 'no cable' : 'switched off'})`).join(', ') || 'none'}.`,
  )
  outcome.findings.push(...report.findings)
  for (const finding of report.findings) sayFinding(io, finding)
  const unplugged = wired.find(port => port.carrier === false && port.addresses.some(a => !a.startsWith('fe80')))
  if (!unplugged) return
  const lights = await askYesNo(io, questions.lights(unplugged.name!), outcome.answers)
  if (lights === 'yes') io.say(`Lights are on, yet ${unplugged.name} sees no link: the cable may be in another port. Let us see which one.`)
  else io.say('No lights: the cable is out, broken, in the wrong port, or the device at its other end is off.')
  const names = wired.map(port => port.name!)
  if (names.length < 2) return
  const pulled = await locateSocket(io, unplugged.name!, outcome, checks)
  if (pulled !== null) {
    outcome.answers['which-port'] = pulled
    if (pulled !== unplugged.name)
      io.say(`The network settings are on ${unplugged.name}, but the cable is in ${pulled}: move the cable to ${unplugged.name}.`)
    return
  }
  const which = (await io.ask(questions.whichPort(names))).trim()
  outcome.answers['which-port'] = which
  if (which !== '' && which !== unplugged.name && names.includes(which))
    io.say(`The network settings are on ${unplugged.name}, but the cable is in ${which}: move the cable to ${unplugged.name}.`)
}

/** walkTheRest says the verdicts of every other section (the LAN, the internet, the screens), in the full report's order. */
function walkTheRest(io: GuideIO, snapshot: Snapshot, outcome: GuideOutcome): void {
  const others = printableDeep(doctorReport(snapshot).findings).filter(
    finding => !outcome.findings.some(seen => seen.id === finding.id && seen.subject === finding.subject),
  )
  outcome.findings.push(...others)
  for (const finding of others) sayFinding(io, finding)
}

async function walkTarget(
  io: GuideIO,
  probe: (target: Target) => Promise<Snapshot>,
  target: Target,
  outcome: GuideOutcome,
): Promise<Snapshot> {
  io.say(`Checking ${target.input}; this takes a few seconds…`)
  const snapshot = await probe(target)
  const report = printableDeep(whyNoPingReport(snapshot))
  outcome.findings.push(
    ...report.findings.filter(finding => !outcome.findings.some(seen => seen.id === finding.id && seen.subject === finding.subject)),
  )
  sayFinding(io, report.verdict)
  if (['target.no-arp-reply', 'target.no-reply', 'gateway.unreachable'].includes(report.verdict.id)) {
    const on = await askYesNo(io, questions.deviceOn(target.input), outcome.answers)
    if (on === 'no') io.say(`Switch ${target.input} on, or plug its cable back in, wait a minute, then run \`netdoc guide\` again.`)
    else if (on === 'yes')
      io.say(
        `It is on but does not answer here: it may now have another address, or its cable is in the wrong port. On ${target.input} itself, run \`netdoc nics\`; from here, \`netdoc lan find\` looks for it.`,
      )
  }
  return snapshot
}

/** runGuide walks a volunteer through the checks; it never changes the machine, and writes a snapshot file only when they say yes. */
export async function runGuide(io: GuideIO, checks: GuideChecks): Promise<GuideOutcome> {
  const outcome: GuideOutcome = {findings: [], answers: {}, snapshotFile: null}
  io.say("I will look at this computer's network, and ask you about what only you can see.")
  io.say('Checking the ports, the LAN, the way to the internet and the screens; this takes a few seconds…')
  const machine = await checks.machine()
  await walkPorts(io, machine, outcome, checks)
  walkTheRest(io, machine, outcome)
  const target = checks.whyNoPing ? await askTarget(io, outcome.answers) : null
  if (!checks.whyNoPing) io.say('(This is a recorded machine, so I probe no other device.)')
  const probed = target && checks.whyNoPing ? await walkTarget(io, checks.whyNoPing, target, outcome) : null
  const snapshot = probed?.ping
    ? {...machine, ping: probed.ping, gaps: [...machine.gaps, ...probed.gaps.filter(gap => gap.section === 'ping')]}
    : machine
  if (outcome.findings.length === 0) io.say('I found nothing wrong.')
  if ((await askYesNo(io, questions.send(), outcome.answers)) === 'yes') {
    outcome.snapshotFile = await checks.writeSnapshot(snapshot)
    io.say(
      `Written to ${outcome.snapshotFile}. Send that file to your helper; they open it with \`netdoc report --from ${outcome.snapshotFile}\`.`,
    )
  }
  return outcome
}
