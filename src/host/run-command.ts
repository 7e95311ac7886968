// The one runner for external programs: argv (never a shell), a hard timeout, and a typed outcome.
import {spawn, type ChildProcessByStdio} from 'node:child_process'
import {accessSync, constants, readFileSync, statSync} from 'node:fs'
import {delimiter, join} from 'node:path'
import type {Readable} from 'node:stream'

/** CommandOutcome tells a program's result apart from each way it can fail to give one. */
export type CommandOutcome =
  | {kind: 'ok'; stdout: string; stderr: string; exitCode: number}
  | {kind: 'failed'; stdout: string; stderr: string; exitCode: number}
  | {kind: 'missing'; reason: string}
  | {kind: 'not-permitted'; reason: string}
  | {kind: 'timed-out'; reason: string; stdout: string; stderr: string}
  | {kind: 'stopped'; reason: string; stdout: string; stderr: string}
  | {kind: 'not-recorded'; reason: string}

/** CommandOptions bound a run: its timeout and extra environment; a listener can also stream its output and be stopped. */
export interface CommandOptions {
  timeoutMs?: number
  env?: Record<string, string>
  /** signal stops the program early (e.g. a listener whose window is over): the outcome is then `stopped`, with all output so far. */
  signal?: AbortSignal
  /** onStdout receives standard output as it arrives, so a caller can decide to stop once it has heard enough. */
  onStdout?: (chunk: string) => void
}

/** recordedOutputName is the file a recorded tree keeps a command's output in (commands/<argv joined by _>). */
export function recordedOutputName(argv: readonly string[]): string {
  return argv.join('_').replace(/[^A-Za-z0-9._-]/g, '-')
}

/** replayCommand gives a program's output as the recorded tree under `root` kept it (`not-recorded` when it kept none); nothing runs.
 * A tree may keep several runs of one command (a signal read a second apart): the `run`th run (from 1) reads `<name>.<run>`
 * when the tree has it, else `<name>`, so a tree that kept one output gives it every time. */
export function replayCommand(root: string, argv: readonly string[], run = 1): CommandOutcome {
  const file = join(root, 'commands', recordedOutputName(argv))
  for (const candidate of run > 1 ? [`${file}.${run}`, file] : [file]) {
    try {
      return {kind: 'ok', stdout: readFileSync(candidate, 'utf8'), stderr: '', exitCode: 0}
    } catch {
      // not kept under this name
    }
  }
  return {kind: 'not-recorded', reason: `\`${argv.join(' ')}\` was not recorded in this tree (NETDOC_ROOT)`}
}

/** locateProgram finds a program on PATH (or at its given path), telling a missing one from one this user may not run. */
export function locateProgram(program: string): {path: string} | {kind: 'missing' | 'not-permitted'; reason: string} {
  const candidates = program.includes('/')
    ? [program]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map(dir => join(dir, program))
  let denied = false
  for (const candidate of candidates) {
    try {
      if (!statSync(candidate).isFile()) continue
    } catch {
      continue
    }
    try {
      accessSync(candidate, constants.X_OK)
      return {path: candidate}
    } catch {
      denied = true
    }
  }
  return denied
    ? {kind: 'not-permitted', reason: `not permitted to run ${program}`}
    : {kind: 'missing', reason: `${program} is not installed`}
}

/** spawnFailure names why a program could not be started: missing, not permitted (e.g. its file capabilities are out of this process's reach), or failed. */
function spawnFailure(program: string, error: NodeJS.ErrnoException, stdout = '', stderr = ''): CommandOutcome {
  if (error.code === 'ENOENT') return {kind: 'missing', reason: `${program} is not installed`}
  if (error.code === 'EACCES' || error.code === 'EPERM') return {kind: 'not-permitted', reason: `not permitted to run ${program}`}
  return {kind: 'failed', stdout, stderr: stderr || error.message, exitCode: -1}
}

/** MAX_OUTPUT_BYTES bounds what a program may print: far above any real `ip -j`, dmesg or journal output; past it the program
 * is stopped and the output so far is kept. */
export const MAX_OUTPUT_BYTES = 32 * 1024 * 1024

/** DRAIN_MS is how long, once a program has exited, its output may still come from a child it left holding the pipe. */
const DRAIN_MS = 150

/** STOP_GRACE_MS is how long a program asked to stop (SIGTERM, so tcpdump prints its summary) has before it is killed. */
const STOP_GRACE_MS = 500

/** running holds the process group of every program netdoc started and has not seen end, so none outlives netdoc. */
const running = new Set<number>()
let cleanupInstalled = false

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is gone already
  }
}

/** installCleanup makes sure that when netdoc ends (normally, by Ctrl-C, or killed by SIGTERM or SIGHUP), every program it
 * started ends with it, with the children they started. */
function installCleanup(): void {
  if (cleanupInstalled) return
  cleanupInstalled = true
  const killAll = () => running.forEach(pid => killGroup(pid, 'SIGKILL'))
  process.once('exit', killAll)
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)
    process.once(signal, () => {
      killAll()
      process.exit(code)
    })
}

/** spawnCommand runs argv[0] on the live machine with the rest as arguments. The program runs in a process group of its own,
 * which is killed as a whole when its time is up (a wrapper script's children too), and the outcome is settled then, whoever
 * still holds its pipes. */
export function spawnCommand(argv: readonly string[], options: CommandOptions = {}): Promise<CommandOutcome> {
  const timeoutMs = options.timeoutMs ?? 3000
  const [program, ...args] = argv
  if (!program) return Promise.resolve({kind: 'missing', reason: 'no program named'})
  const located = locateProgram(program)
  if (!('path' in located)) return Promise.resolve(located)
  installCleanup()
  return new Promise(resolve => {
    let stdout = ''
    let stderr = ''
    let printed = 0
    let settled = false
    let stopped = false
    const timers: NodeJS.Timeout[] = []
    let child: ChildProcessByStdio<null, Readable, Readable>
    const settle = (outcome: CommandOutcome) => {
      if (settled) return
      settled = true
      timers.forEach(clearTimeout)
      options.signal?.removeEventListener('abort', stop)
      if (child.pid !== undefined) {
        killGroup(child.pid, 'SIGKILL')
        running.delete(child.pid)
      }
      child.stdout.destroy()
      child.stderr.destroy()
      resolve(outcome)
    }
    const stop = () => {
      stopped = true
      if (child.pid !== undefined) killGroup(child.pid, 'SIGTERM')
      timers.push(
        setTimeout(() => settle({kind: 'stopped', reason: `${program} was stopped early by its caller`, stdout, stderr}), STOP_GRACE_MS),
      )
    }
    try {
      child = spawn(located.path, args, {
        env: {...process.env, LC_ALL: 'C', LANG: 'C', ...options.env},
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    } catch (error) {
      resolve(spawnFailure(program, error as NodeJS.ErrnoException))
      return
    }
    if (child.pid !== undefined) running.add(child.pid)
    timers.push(
      setTimeout(() => settle({kind: 'timed-out', reason: `${program} gave no answer within ${timeoutMs} ms`, stdout, stderr}), timeoutMs),
    )
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk.length
      if (printed > MAX_OUTPUT_BYTES) {
        stdout += chunk.slice(0, Math.max(0, MAX_OUTPUT_BYTES - stdout.length))
        settle({
          kind: 'stopped',
          reason: `${program} printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB; netdoc stopped it and kept the start`,
          stdout,
          stderr,
        })
        return
      }
      stdout += chunk
      options.onStdout?.(chunk)
    })
    child.stderr.setEncoding('utf8').on('data', chunk => {
      if (stderr.length < MAX_OUTPUT_BYTES) stderr += chunk
    })
    child.on('error', (error: NodeJS.ErrnoException) => settle(spawnFailure(program, error, stdout)))
    if (options.signal?.aborted) stop()
    else options.signal?.addEventListener('abort', stop, {once: true})
    const finish = (code: number | null) => {
      const exitCode = code ?? -1
      if (stopped) settle({kind: 'stopped', reason: `${program} was stopped early by its caller`, stdout, stderr})
      else settle(exitCode === 0 ? {kind: 'ok', stdout, stderr, exitCode} : {kind: 'failed', stdout, stderr, exitCode})
    }
    child.on('close', finish)
    child.on('exit', code => timers.push(setTimeout(() => finish(code), DRAIN_MS)))
  })
}

/** outcomeReason describes in a few words why a command gave no usable output. */
export function outcomeReason(outcome: CommandOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return 'ok'
    case 'failed':
      return `exited with ${outcome.exitCode}: ${outcome.stderr.trim().split('\n')[0] ?? ''}`.trim()
    default:
      return outcome.reason
  }
}
