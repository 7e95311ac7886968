// The machine netdoc looks at, as one object: its files, its programs and its network sockets, and whether it is the live
// machine or a recorded tree (NETDOC_ROOT). Collectors and probes reach the machine only through the Host they are given.
import {statSync} from 'node:fs'
import {filesUnder, type HostFiles} from './files.js'
import {hostRoot} from './root.js'
import {locateProgram, replayCommand, spawnCommand, type CommandOptions, type CommandOutcome} from './run-command.js'
import {liveSockets, NOT_LIVE_REASON, refusingSockets, type HostSockets} from './sockets.js'

/** ProgramLocation is where a program was found on PATH and whether it is set-uid (null: unknown), or why it cannot be run
 * (missing, or not permitted to this user). */
export type ProgramLocation = {path: string; setuid: boolean | null} | {kind: 'missing' | 'not-permitted'; reason: string}

/** HostCommands runs the machine's programs (argv, never a shell) with a typed outcome. */
export interface HostCommands {
  /** run runs argv[0] with the rest as arguments (see run-command.ts for the timeout, the process group and the bounds). */
  run(argv: readonly string[], options?: CommandOptions): Promise<CommandOutcome>
  /** locate finds a program on PATH (or at its given path), telling a missing one from one this user may not run. */
  locate(program: string): ProgramLocation
}

/** Host is the one door to a machine: every file, program and socket a collector or probe touches goes through it. */
export interface Host {
  /** kind says whether this is the live machine or a recorded tree, which is read but never probed. */
  readonly kind: 'live' | 'recorded'
  /** live is true on the live machine: only there may a probe send anything on the network. */
  readonly live: boolean
  /** root is the directory that stands for `/`: `/` on the live machine, the tree's directory otherwise. */
  readonly root: string
  readonly files: HostFiles
  readonly commands: HostCommands
  readonly sockets: HostSockets
  /** sleep waits between readings that need time between them (a signal sampled a second apart); a recorded tree's readings were
   * taken already, so there it returns at once. */
  sleep(ms: number): Promise<void>
}

/** locateLive finds a program on this machine's PATH, with its set-uid bit. */
function locateLive(program: string): ProgramLocation {
  const located = locateProgram(program)
  if (!('path' in located)) return located
  try {
    return {path: located.path, setuid: (statSync(located.path).mode & 0o4000) !== 0}
  } catch {
    return {path: located.path, setuid: null}
  }
}

/** liveHost is this machine: its own files, programs and network. */
export function liveHost(): Host {
  return {
    kind: 'live',
    live: true,
    root: '/',
    files: filesUnder('/'),
    commands: {run: spawnCommand, locate: locateLive},
    sockets: liveSockets(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  }
}

/** recordedHost is a machine recorded as a tree under `root`: files read from it, programs' output replayed from its commands/
 * folder (the Nth run of a command from `<name>.N` when kept), sockets that refuse with `not-live` without touching the network,
 * and no waiting. */
export function recordedHost(root: string): Host {
  const runs = new Map<string, number>()
  return {
    kind: 'recorded',
    live: false,
    root,
    files: filesUnder(root),
    commands: {
      run: async argv => {
        const key = argv.join('\0')
        const run = (runs.get(key) ?? 0) + 1
        runs.set(key, run)
        return replayCommand(root, argv, run)
      },
      locate: program => ({kind: 'missing', reason: `${program} is not looked for in a recorded tree (NETDOC_ROOT)`}),
    },
    sockets: refusingSockets(NOT_LIVE_REASON),
    sleep: async () => {},
  }
}

/** hostFromEnv is the machine NETDOC_ROOT names: a recorded tree when it is set, else the live machine. */
export function hostFromEnv(): Host {
  const root = hostRoot()
  return root === '/' ? liveHost() : recordedHost(root)
}
