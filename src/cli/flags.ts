// netdoc's flags and arguments that check their own input: each parses its value or throws BadInput with the one line to show,
// so a command's run() holds only its job. Each is tagged with the kind of input it takes, for the contract test.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {PoolRange} from '../parse/pool-range.js'
import type {Target} from '../parse/target.js'
import type {Snapshot} from '../snapshot/snapshot.js'
import {JOBS} from '../capabilities/caps/jobs.js'
import {DEFAULT_LISTEN_SECONDS} from '../capabilities/nics/listen-seconds.js'
import {BadInput} from './bad-input.js'

/** InputKind names what a flag or argument takes; the contract test (test/cli/contract.test.ts) tries bad input of each kind. */
export type InputKind =
  | 'seconds'
  | 'count'
  | 'port'
  | 'pool'
  | 'host'
  | 'sender'
  | 'address'
  | 'snapshot-file'
  | 'output-file'
  | 'input-file'
  | 'answers-file'
  | 'pid'
  | 'user'
  | 'program'

/** inputKindOf reads the input kind a flag or argument was tagged with here, or null for one defined elsewhere. */
export function inputKindOf(definition: object): InputKind | null {
  return (definition as {inputKind?: InputKind}).inputKind ?? null
}

/** tagged marks a definition with its input kind; its type stays oclif's own, so oclif infers the parsed value's type as usual. */
function tagged<T extends object>(kind: InputKind, definition: T): T {
  return Object.assign(definition, {inputKind: kind})
}

/** notAFlag refuses a file name that starts with a dash: oclif hands over the next word as a flag's value, so `-o --json` would
 * otherwise write a file called --json. */
function notAFlag(path: string, flag: string): string {
  if (path.startsWith('-'))
    throw new BadInput(
      `--${flag} takes a file name, not ${JSON.stringify(path)} (for a file whose name starts with a dash, write ./${path})`,
    )
  return path
}

/** NumberInRange is a flag that takes a number written as `pattern`, from `min` to `max`; its refusal says it takes `what`. */
interface NumberInRange {
  helpValue: string
  pattern: RegExp
  what: string
  min: number
  max: number
}

/** numberInRangeFlag is the one parser of the flags that take a number in a range (seconds, counts, process ids). */
function numberInRangeFlag(spec: NumberInRange) {
  return Flags.custom<number>({
    helpValue: spec.helpValue,
    async parse(input, _context, flag) {
      const value = spec.pattern.test(input) ? Number(input) : Number.NaN
      if (!(value >= spec.min && value <= spec.max))
        throw new BadInput(`--${flag.name} takes ${spec.what} from ${spec.min} to ${spec.max}, not ${JSON.stringify(input)}`)
      return value
    },
  })
}

/** secondsFlag takes seconds from `min` to `max` (a number: 2, 0.5), refusing anything else. */
export function secondsFlag(options: {description: string; default: number; min: number; max: number}) {
  const seconds = numberInRangeFlag({helpValue: 'SECONDS', pattern: /^\s*\d+(\.\d+)?\s*$/, what: 'seconds', ...options})
  return tagged('seconds', seconds({description: options.description, default: options.default}))
}

/** countFlag takes a whole number from `min` to `max` (how many readings), refusing anything else. */
export function countFlag(options: {description: string; default: number; min: number; max: number}) {
  const count = numberInRangeFlag({helpValue: 'N', pattern: /^\s*\d+\s*$/, what: 'a whole number', ...options})
  return tagged('count', count({description: options.description, default: options.default}))
}

/** PORT_NAME is what Linux allows in a network port's name (at most 15 characters, no slash or space). */
const PORT_NAME = /^[A-Za-z0-9_.:@-]{1,15}$/

/** portFlag takes a network port's name (eth0, enp3s0); whether it exists is checked once the ports are read. */
export function portFlag(description: string) {
  return tagged(
    'port',
    Flags.custom<string>({
      char: 'i',
      description,
      helpValue: 'PORT',
      async parse(input) {
        if (!PORT_NAME.test(input))
          throw new BadInput(`${JSON.stringify(input)} is not a network port name (\`netdoc nics --all\` lists them)`)
        return input
      },
    })(),
  )
}

/** poolFlag takes a DHCP pool as FIRST-LAST (192.168.1.100-192.168.1.199, or 192.168.1.100-199). */
export const poolFlag = tagged(
  'pool',
  Flags.custom<PoolRange>({
    description: "The router's DHCP pool, from its settings page, e.g. 192.168.1.100-192.168.1.199 or 192.168.1.100-199.",
    helpValue: 'FIRST-LAST',
    async parse(input) {
      const {parsePoolRange} = await import('../parse/pool-range.js')
      const pool = parsePoolRange(input)
      if (!pool.ok) throw new BadInput(pool.error)
      return pool.value
    },
  })(),
)

async function checkedTarget(input: string): Promise<Target> {
  const {parseTarget} = await import('../parse/target.js')
  const target = parseTarget(input)
  if (!target.ok) throw new BadInput(target.error)
  return target.value
}

/** pingFlag takes --ping HOST, a host to probe as why-no-ping does (an IPv4 or IPv6 address or a host name), checked before anything is sent. */
export const pingFlag = tagged(
  'host',
  Flags.custom<Target>({
    description: 'Also probe this host, as `netdoc why-no-ping HOST` does.',
    helpValue: 'HOST',
    parse: checkedTarget,
  })(),
)

/** hostArg takes the host to check (an IPv4 or IPv6 address or a host name); a command may default it, so it is optional here. */
export const hostArg = tagged(
  'host',
  Args.custom<Target>({parse: checkedTarget})({description: 'The host to check: an IPv4 or IPv6 address, or a host name.'}),
)

/** senderArg takes a sending address or the mail server's host name, which may be left out (then this machine's addresses). */
export const senderArg = tagged(
  'sender',
  Args.custom<Target>({parse: checkedTarget})({
    description: "The sending address (IPv4 or IPv6) or the mail server's host name; left out, this machine's public addresses.",
  }),
)

/** addressFlag takes an IP address (a DNS server to ask), refusing a host name or anything else. */
export function addressFlag(description: string) {
  return tagged(
    'address',
    Flags.custom<string>({
      description,
      helpValue: 'ADDRESS',
      async parse(input, _context, flag) {
        const {isIpAddress} = await import('../net/address.js')
        if (!isIpAddress(input))
          throw new BadInput(`--${flag.name} takes an IP address (e.g. 192.0.2.53 or 2001:db8::53), not ${JSON.stringify(input)}`)
        return input
      },
    })(),
  )
}

/** ReplayFile is a snapshot read with --from: its path and its checked contents. */
export interface ReplayFile {
  path: string
  snapshot: Snapshot
}

/** snapshotFlag takes --from FILE: a snapshot made by `netdoc snapshot`, read and checked (JSON, format, version, schema) at once. */
export const snapshotFlag = tagged(
  'snapshot-file',
  Flags.custom<ReplayFile>({
    description: 'Replay a snapshot file (made by `netdoc snapshot`) instead of reading this machine.',
    helpValue: 'FILE',
    async parse(path, _context, flag) {
      const {loadSnapshotFile} = await import('../snapshot/load.js')
      const loaded = await loadSnapshotFile(notAFlag(path, flag.name))
      if (!loaded.ok) throw new BadInput(loaded.error)
      return {path, snapshot: loaded.snapshot}
    },
  })(),
)

/** pathFlag takes a file name that `problemOf` checks (null: fine), refusing one that starts with a dash. */
function pathFlag(kind: InputKind, char: 'o' | 'f' | undefined, description: string, problemOf: (path: string) => Promise<string | null>) {
  return tagged(
    kind,
    Flags.custom<string>({
      char,
      description,
      helpValue: 'FILE',
      async parse(path, _context, flag) {
        const problem = await problemOf(notAFlag(path, flag.name))
        if (problem) throw new BadInput(problem)
        return path
      },
    })(),
  )
}

/** outputFlag takes -o FILE, a file to write: its folder must exist and be writable (checked before any work). */
export function outputFlag(description: string) {
  return pathFlag('output-file', 'o', description, async path => (await import('../host/output-file.js')).outputPathProblem(path))
}

/** forceFlag lets -o replace a file that exists (never by writing through a symlink). */
export const forceFlag = Flags.boolean({description: 'Replace the -o file if it exists.'})

/** inputFileFlag takes a text file to read (a log, a saved bounce): it must be a regular file this user can read. */
export function inputFileFlag(description: string) {
  return pathFlag('input-file', 'f', description, async path => (await import('../host/input-file.js')).inputFileProblem(path))
}

/** headersFlag takes --headers FILE: a message's headers or a bounce, a regular file this user can read. */
export const headersFlag = pathFlag(
  'input-file',
  undefined,
  "Check every hop of this message's Received: chain (a saved bounce, or a message's source with its headers).",
  async path => (await import('../host/input-file.js')).inputFileProblem(path),
)

/** Answers are a guide answers file's answers by question. */
export type Answers = Partial<Record<import('../guide/questions.js').QuestionId, string>>

/** answersFlag takes --answers FILE: the guide's answers, one question=answer a line, read and checked at once. */
export const answersFlag = tagged(
  'answers-file',
  Flags.custom<Answers>({
    description: 'Read the answers from this file (question=answer lines) instead of asking.',
    helpValue: 'FILE',
    async parse(path, _context, flag) {
      const [{readBoundedFile, MiB}, {parseAnswersFile}] = await Promise.all([
        import('../host/input-file.js'),
        import('../guide/answers-file.js'),
      ])
      const read = readBoundedFile(notAFlag(path, flag.name), MiB)
      if (!read.ok) throw new BadInput(`the answers file ${read.error}`)
      if (read.read.cut) throw new BadInput(`the answers file ${path} is larger than 1 MiB: an answers file has a handful of lines`)
      const answers = parseAnswersFile(read.read.bytes.toString('utf8'))
      if (!answers.ok) throw new BadInput(`${path}: ${answers.error}`)
      return answers.value
    },
  })(),
)

/** runTimeoutFlag bounds a run that collects everything (`snapshot`, `report`): the LAN's listening and DHCP wait (4 s when there
 * is time for it) and the --ping probes run side by side within it. */
export const runTimeoutFlag = secondsFlag({
  description:
    'Seconds the whole run may take: the LAN listening and DHCP wait (4 s when there is time) and the --ping probes share them (1 to 60).',
  default: 6,
  min: 1,
  max: 60,
})

/** endpointsFlag takes --endpoints FILE: the endpoints `netdoc internet` probes (JSON, the format of rules/internet/endpoints.json),
 * read and checked at once. */
export const endpointsFlag = tagged(
  'input-file',
  Flags.custom<import('../capabilities/internet/endpoints.js').LoadedEndpoints>({
    description: 'Probe the endpoints of this JSON file instead of the built-in ones (the format: README, `netdoc internet`).',
    helpValue: 'FILE',
    async parse(path, _context, flag) {
      const {loadEndpoints} = await import('../capabilities/internet/endpoints.js')
      const loaded = loadEndpoints(notAFlag(path, flag.name))
      if (!loaded.ok) throw new BadInput(loaded.error)
      return loaded
    },
  })(),
)

/** PID_MAX is the largest process id Linux hands out (pid_max's ceiling, 2^22). */
const PID_MAX = 4194304

/** pidFlag takes --pid N, a process id from 1 to 2^22; whether the process exists is checked when its status is read. */
export const pidFlag = tagged(
  'pid',
  numberInRangeFlag({helpValue: 'PID', pattern: /^\d{1,7}$/, what: 'a process id', min: 1, max: PID_MAX})({
    description:
      'The process to read (its five capability sets and NoNewPrivs); default: the shell that ran netdoc, unless --user is given.',
  }),
)

/** USER_NAME is what useradd accepts as a name (Debian's default NAME_REGEX, with upper case and dots allowed as shadow allows). */
const USER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}\$?$/

/** userFlag takes --user NAME, a user name; whether the user exists is checked when /etc/passwd is read. */
export const userFlag = tagged(
  'user',
  Flags.custom<string>({
    description:
      'The user who runs the job: their PAM stacks (pam_cap and its order) and their capability.conf rule, and a login of theirs as the process.',
    helpValue: 'NAME',
    async parse(input, _context, flag) {
      if (!USER_NAME.test(input)) throw new BadInput(`--${flag.name} takes a user name, not ${JSON.stringify(input)}`)
      return input
    },
  })(),
)

/** programArg takes the program to check: a path, or a name looked for on PATH; whether it exists is checked when it is read. */
export const programArg = tagged(
  'program',
  Args.custom<string>({
    async parse(input) {
      if (input === '' || input.startsWith('-') || /[\u0000-\u001f]/.test(input))
        throw new BadInput(`the program must be a path or a name on PATH, not ${JSON.stringify(input)}`)
      return input
    },
  })({
    description: 'The program the job runs: a path or a name on PATH (symlinks and #! interpreters are followed to the file that runs).',
  }),
)

/** capsJobFlag takes --caps JOB: also check whether the shell that ran netdoc can give that job its capabilities (`netdoc caps --for
 * JOB`); only then is the caps section collected. */
export const capsJobFlag = Flags.string({
  description: 'Also check the capabilities this job needs, as `netdoc caps --for JOB` does for the shell that ran netdoc.',
  options: [...JOBS],
  helpValue: 'JOB',
})

/** portArg takes a network port's name as the command's argument; whether it exists is checked once the ports are read. */
export const portArg = tagged(
  'port',
  Args.custom<string>({
    async parse(input) {
      if (!PORT_NAME.test(input))
        throw new BadInput(`${JSON.stringify(input)} is not a network port name (\`netdoc nics --all\` lists them)`)
      return input
    },
  })({description: 'The network port (eno1, enp3s0, eth0; `netdoc nics --all` lists them).', required: true}),
)

/** lldpFlag asks snapshot and report to listen for the switch ports too, as `netdoc nics --lldp` does (up to DEFAULT_LISTEN_SECONDS). */
export const lldpFlag = Flags.boolean({
  description: `Also listen (passively, up to ${DEFAULT_LISTEN_SECONDS} s; root or CAP_NET_RAW) for the switch port each cable is in (LLDP and CDP), as \`netdoc nics --lldp\` does.`,
})
