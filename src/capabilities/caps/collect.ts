// Collects the caps section through the Host: the program named, followed through symlinks and `#!` lines to the file that really
// runs (each file's owner, mode and security.capability attribute); the process's /proc/PID/status; and for a user, their ids
// and groups, every file of /etc/pam.d and the capability.conf files pam_cap reads.
import {dirname, join, posix, resolve} from 'node:path'
import type {Host} from '../../host/host.js'
import {outcomeReason} from '../../host/run-command.js'
import {parseProcessStatus} from '../../parse/capabilities.js'
import {mountOf, parseMountinfo, type Mount} from '../../parse/mountinfo.js'
import {parsePamFile} from '../../parse/pam.js'
import {findPasswdEntry, groupsOf} from '../../parse/passwd.js'
import {decodeVfsCap, parseGetfattrHex} from '../../parse/vfs-cap.js'
import type {CapsFacts, CapsRequest, ProgramStep} from './facts.js'
import {CAPABILITIES_CONF, CAPABILITY_CONF} from './pam-stack.js'

/** DEFAULT_PATH is where a program named without a folder is looked for when the machine's own PATH is not known (a recorded
 * tree): Debian's default for root and users together. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** MAX_STEPS bounds a chain of symlinks and interpreters (the kernel itself gives up after 40 links and 4 interpreters). */
const MAX_STEPS = 16

/** HEAD_BYTES is how much of a file is read for its `#!` line (the kernel reads 256 bytes). */
const HEAD_BYTES = 256

function searchPath(host: Host, name: string): string | null {
  const path = host.live ? (process.env.PATH ?? DEFAULT_PATH) : DEFAULT_PATH
  for (const dir of path.split(':').filter(folder => folder.startsWith('/'))) {
    const candidate = posix.join(dir, name)
    const entry = host.files.entry(candidate)
    if (entry && entry.type !== 'directory') return candidate
  }
  return null
}

/** canonical resolves the folders of a machine path (a merged /bin → /usr/bin), keeping its last part as it is. */
function canonical(host: Host, path: string): string {
  const folder = host.files.realpath(dirname(path))
  return folder === null ? posix.normalize(path) : posix.join(folder, posix.basename(path))
}

/** readFileCaps reads a file's security.capability attribute with getfattr (hex), decoded here. */
async function readFileCaps(host: Host, path: string): Promise<Pick<ProgramStep, 'capsRead' | 'caps' | 'capsProblem'>> {
  const outcome = await host.commands.run(['getfattr', '--absolute-names', '-e', 'hex', '-n', 'security.capability', '--', path], {
    timeoutMs: 2000,
  })
  if (outcome.kind === 'failed' && /No such attribute|Operation not supported/i.test(outcome.stderr))
    return {capsRead: 'none', caps: null, capsProblem: null}
  if (outcome.kind !== 'ok') {
    const reason = outcome.kind === 'missing' ? 'getfattr is not installed (package attr)' : outcomeReason(outcome)
    return {capsRead: 'unread', caps: null, capsProblem: reason}
  }
  const bytes = parseGetfattrHex(outcome.stdout)
  if (!bytes.ok) return {capsRead: 'unread', caps: null, capsProblem: bytes.error}
  if (bytes.value === null) return {capsRead: 'none', caps: null, capsProblem: null}
  const caps = decodeVfsCap(bytes.value)
  return caps.ok ? {capsRead: 'read', caps: caps.value, capsProblem: null} : {capsRead: 'unread', caps: null, capsProblem: caps.error}
}

/** interpreterOf reads a `#!` line: the interpreter the kernel runs, and (for `/usr/bin/env NAME`) the program env then runs. */
export function interpreterOf(line: string): {interpreter: string; envProgram: string | null} | null {
  const words = line.slice(2).trim().split(/\s+/).filter(Boolean)
  const interpreter = words[0]
  if (!interpreter?.startsWith('/')) return null
  if (posix.basename(interpreter) !== 'env') return {interpreter, envProgram: null}
  const program = words.slice(1).find(word => !word.startsWith('-') && !word.includes('='))
  return {interpreter, envProgram: program ?? null}
}

/** resolveProgram follows the program named to the file that really runs: each symlink to its target, each script to its
 * interpreter (through `env` to the program it finds on PATH), recording every file on the way. */
async function resolveProgram(host: Host, asked: string): Promise<NonNullable<CapsFacts['program']>> {
  const steps: ProgramStep[] = []
  const mountinfo = host.files.read('/proc/self/mountinfo')
  const mounts: Mount[] | null = mountinfo.ok ? parseMountinfo(mountinfo.text) : null
  const mountAt = (path: string) => {
    const mount = mounts && mountOf(mounts, host.files.realpath(path) ?? path)
    return mount ? {point: mount.point, nosuid: mount.options.includes('nosuid')} : null
  }
  const absolute = asked.includes('/') ? (host.live ? resolve(asked) : posix.resolve('/', asked)) : searchPath(host, asked)
  let path = absolute
  while (path !== null && steps.length < MAX_STEPS) {
    const entry = host.files.entry(path)
    const owner = entry ? {mode: entry.mode, uid: entry.uid, gid: entry.gid} : null
    const unreadCaps = {capsRead: 'none' as const, caps: null, capsProblem: null, mount: null}
    if (entry === null) {
      steps.push({path, kind: 'missing', via: null, entry: null, ...unreadCaps})
      return {asked, steps, runs: null}
    }
    if (entry.type === 'symlink') {
      const target = host.files.linkTarget(path) ?? ''
      steps.push({path, kind: 'symlink', via: target, entry: owner, ...unreadCaps})
      path = canonical(host, target.startsWith('/') ? target : join(dirname(path), target))
      continue
    }
    if (entry.type !== 'file') {
      steps.push({path, kind: 'other', via: null, entry: owner, ...unreadCaps})
      return {asked, steps, runs: null}
    }
    const head = host.files.head(path, HEAD_BYTES)
    const firstLine = head.ok && head.text.startsWith('#!') ? head.text.split('\n')[0]!.trim() : null
    const caps = await readFileCaps(host, path)
    const interpreter = firstLine === null ? null : interpreterOf(firstLine)
    if (firstLine === null || interpreter === null) {
      steps.push({path, kind: 'file', via: null, entry: owner, ...caps, mount: mountAt(path)})
      return {asked, steps, runs: path}
    }
    steps.push({path, kind: 'script', via: firstLine, entry: owner, ...caps, mount: mountAt(path)})
    path = interpreter.envProgram === null ? interpreter.interpreter : searchPath(host, interpreter.envProgram)
  }
  return {asked, steps, runs: null}
}

function readProcess(host: Host, pid: number, source: 'given' | 'parent'): NonNullable<CapsFacts['process']> {
  const read = host.files.read(`/proc/${pid}/status`)
  if (!read.ok)
    return {
      pid,
      source,
      status: null,
      problem: read.failure === 'missing' ? `there is no process ${pid}` : `/proc/${pid}/status: ${read.message}`,
    }
  const status = parseProcessStatus(read.text)
  return status.ok ? {pid, source, status: status.value, problem: null} : {pid, source, status: null, problem: status.error}
}

function readText(host: Host, path: string): {path: string; text: string | null; problem: string | null} {
  const read = host.files.read(path)
  return read.ok
    ? {path, text: read.text, problem: null}
    : {path, text: null, problem: read.failure === 'missing' ? 'missing' : read.message}
}

/** readUser reads a user's ids and groups, every file of /etc/pam.d, and the capability.conf files: pam_cap's own, the name
 * people often write instead, and any a pam_cap line names with config=. */
function readUser(host: Host, name: string): NonNullable<CapsFacts['user']> {
  const passwd = host.files.read('/etc/passwd')
  const entry = passwd.ok ? findPasswdEntry(passwd.text, name) : null
  const group = host.files.read('/etc/group')
  const groups = group.ok ? groupsOf(group.text, name, entry?.gid ?? null) : []
  const pamNames = host.files.list('/etc/pam.d').filter(file => host.files.entry(`/etc/pam.d/${file}`)?.type !== 'directory')
  const pamFiles = pamNames.map(file => readText(host, `/etc/pam.d/${file}`))
  const named = pamFiles.flatMap(file =>
    parsePamFile(file.text ?? '').flatMap(line =>
      line.kind === 'module' && posix.basename(line.module) === 'pam_cap.so'
        ? line.args.filter(arg => arg.startsWith('config=')).map(arg => arg.slice('config='.length))
        : [],
    ),
  )
  const confPaths = [...new Set([CAPABILITY_CONF, CAPABILITIES_CONF, ...named.filter(path => path.startsWith('/'))])]
  return {
    name,
    found: entry !== null,
    uid: entry?.uid ?? null,
    gid: entry?.gid ?? null,
    groups,
    pamFiles,
    pamProblem: pamNames.length === 0 ? (host.files.exists('/etc/pam.d') ? '/etc/pam.d could not be read' : '/etc/pam.d is missing') : null,
    confFiles: confPaths.map(path => readText(host, path)),
  }
}

/** DEFAULT_PROGRAMS names the program a job is about when none is named (ping's own). */
const DEFAULT_PROGRAMS: Partial<Record<string, string>> = {ping: 'ping'}

/** collectCaps reads what the request names: the program (for `--for ping` without one, ping itself), the process (the one
 * named, else on the live machine netdoc's parent, the shell that ran it, unless a user is named), and the user. */
export async function collectCaps(host: Host, request: CapsRequest): Promise<CapsFacts> {
  const program = request.program ?? (request.job ? (DEFAULT_PROGRAMS[request.job] ?? null) : null)
  const pid = request.pid ?? (host.live && request.user === null ? process.ppid : null)
  return {
    request,
    program: program === null ? null : await resolveProgram(host, program),
    process: pid === null ? null : readProcess(host, pid, request.pid === null ? 'parent' : 'given'),
    user: request.user === null ? null : readUser(host, request.user),
  }
}
