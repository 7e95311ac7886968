// Walks a PAM service's auth stack (its includes and substacks inlined) the way a successful login goes, to see whether pam_cap
// is reached (its setcred gives the inheritable set), and reads which capability.conf rule pam_cap would apply to a user.
import {posix} from 'node:path'
import {matchingLine, parseCapabilityConf, readIab, type CapabilityConfLine, type Iab} from '../../parse/capability-conf.js'
import {parsePamFile, successAction} from '../../parse/pam.js'
import type {CapsFacts} from './facts.js'

/** CAPABILITY_CONF is the file pam_cap reads (its USER_CAP_FILE). */
export const CAPABILITY_CONF = '/etc/security/capability.conf'

/** CAPABILITIES_CONF is the name people often write instead, which pam_cap never reads. */
export const CAPABILITIES_CONF = '/etc/security/capabilities.conf'

type UserFacts = NonNullable<CapsFacts['user']>

/** PamPlace is a line of a PAM file, for evidence (`common-auth line 25: auth optional pam_cap.so`). */
export interface PamPlace {
  file: string
  line: number
  text: string
}

/** PamCapPath is what one login service's auth stack does with pam_cap: where its line is (null: the stack has none), whether a
 * successful login reaches it, which line ends the stack before it, and the config= file it names. */
export interface PamCapPath {
  service: string
  capLine: PamPlace | null
  reached: boolean
  endedBy: PamPlace | null
  unix: PamPlace | null
  config: string | null
}

/** LOGIN_SERVICES are the PAM services that start a person's session or jobs (ssh, the console, su, cron, sudo, desktop logins). */
export const LOGIN_SERVICES = [
  'sshd',
  'login',
  'su',
  'su-l',
  'cron',
  'crond',
  'atd',
  'sudo',
  'sudo-i',
  'runuser',
  'runuser-l',
  'systemd-user',
]

interface StackEntry extends PamPlace {
  control: string
  module: string
  args: string[]
}

const isPamCap = (module: string) => posix.basename(module) === 'pam_cap.so'

/** authStack is a service's auth lines in order, includes inlined (at most 8 deep, each file once on a path). */
function authStack(files: Map<string, string>, name: string, seen: string[] = []): StackEntry[] {
  const text = files.get(name)
  if (text === undefined || seen.includes(name) || seen.length > 8) return []
  return parsePamFile(text).flatMap(line => {
    if (line.kind === 'include') {
      if (line.type !== null && line.type !== 'auth') return []
      return authStack(files, posix.basename(line.file), [...seen, name])
    }
    if (line.type !== 'auth') return []
    return [{file: name, line: line.line, text: line.text, control: line.control, module: line.module, args: line.args}]
  })
}

/** ONLY_FOR_ROOT are modules that succeed only when root asks (su's pam_rootok): a user's own login goes past them. */
const ONLY_FOR_ROOT = ['pam_rootok.so']

/** walkSuccess follows a user's login whose every module succeeds (pam_deny, and pam_rootok for a user, fail) until it reaches pam_cap, or a line ends the stack or
 * jumps over pam_cap (that line is `endedBy`), or the stack ends. */
function walkSuccess(stack: StackEntry[]): {reached: StackEntry | null; endedBy: StackEntry | null} {
  let index = 0
  while (index < stack.length) {
    const entry = stack[index]!
    if (isPamCap(entry.module)) return {reached: entry, endedBy: null}
    const module = posix.basename(entry.module)
    const fails = module === 'pam_deny.so' || ONLY_FOR_ROOT.includes(module)
    const action = fails
      ? entry.control === 'requisite'
        ? {kind: 'end' as const}
        : {kind: 'continue' as const}
      : successAction(entry.control)
    if (action.kind === 'end') return {reached: null, endedBy: entry}
    const over = action.kind === 'jump' ? action.over : 0
    if (stack.slice(index + 1, index + 1 + over).some(skipped => isPamCap(skipped.module))) return {reached: null, endedBy: entry}
    index += over + 1
  }
  return {reached: null, endedBy: null}
}

const place = (entry: StackEntry | null | undefined): PamPlace | null =>
  entry ? {file: entry.file, line: entry.line, text: entry.text} : null

/** pamFileMap holds the readable PAM files by name. */
function pamFileMap(user: UserFacts): Map<string, string> {
  return new Map(user.pamFiles.flatMap(file => (file.text === null ? [] : [[posix.basename(file.path), file.text] as [string, string]])))
}

/** pamCapPaths walks each login service present in /etc/pam.d. */
export function pamCapPaths(user: UserFacts): PamCapPath[] {
  const files = pamFileMap(user)
  return LOGIN_SERVICES.filter(service => files.has(service)).map(service => {
    const stack = authStack(files, service)
    const capEntry = stack.find(entry => isPamCap(entry.module))
    const walked = walkSuccess(stack)
    const config = capEntry?.args.find(arg => arg.startsWith('config='))?.slice('config='.length) ?? null
    return {
      service,
      capLine: place(capEntry),
      reached: walked.reached !== null,
      endedBy: capEntry ? place(walked.endedBy) : null,
      unix: place(stack.find(entry => posix.basename(entry.module) === 'pam_unix.so')),
      config,
    }
  })
}

/** pamCapLines are every auth line naming pam_cap.so in any file of /etc/pam.d. */
export function pamCapLines(user: UserFacts): PamPlace[] {
  return user.pamFiles.flatMap(file =>
    parsePamFile(file.text ?? '').flatMap(line =>
      line.kind === 'module' && line.type === 'auth' && isPamCap(line.module)
        ? [{file: posix.basename(file.path), line: line.line, text: line.text}]
        : [],
    ),
  )
}

/** ConfReading is what pam_cap would read for the user: the file, whether it could, the rule that matches (first wins) and what
 * it grants, and a rule naming the user in capabilities.conf, the name pam_cap does not read. */
export interface ConfReading {
  path: string
  text: string | null
  problem: string | null
  match: CapabilityConfLine | null
  iab: Iab | null
  misnamed: CapabilityConfLine | null
}

/** confReading reads the capability.conf that pam_cap uses (the config= file of the first service that reaches it, else its own). */
export function confReading(user: UserFacts, paths: PamCapPath[]): ConfReading {
  const path = paths.find(p => p.reached && p.config)?.config ?? CAPABILITY_CONF
  const file = user.confFiles.find(f => f.path === path) ?? {path, text: null, problem: 'not read'}
  const match = file.text === null ? null : matchingLine(parseCapabilityConf(file.text), user.name, user.groups)
  const wrong = path === CAPABILITY_CONF ? user.confFiles.find(f => f.path === CAPABILITIES_CONF) : undefined
  const misnamed = wrong?.text ? matchingLine(parseCapabilityConf(wrong.text), user.name, user.groups) : null
  return {path, text: file.text, problem: file.problem, match, iab: match ? readIab(match.iab) : null, misnamed}
}
