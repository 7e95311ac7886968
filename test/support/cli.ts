// Runs the built netdoc CLI as a user would, capturing its exit code and output.
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'

/** PROJECT_ROOT is the checkout's top folder. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** NETDOC_BIN is the built CLI's entry point. */
export const NETDOC_BIN = join(PROJECT_ROOT, 'bin', 'run.cjs')

/**
 * cliEnv is the environment netdoc runs with in tests: the test's own, plus `extra`, without vitest's NODE_ENV=test, which
 * a user's shell does not have and which makes oclif look for TypeScript sources (as during development) at every start.
 */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {...process.env, NODE_ENV: undefined, ...extra}
}

/** fixtureTree returns the path of a recorded machine tree under test/fixtures. */
export function fixtureTree(name: string): string {
  return join(PROJECT_ROOT, 'test', 'fixtures', name)
}

/** CliResult is a finished run's exit code and output. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** runNetdoc runs `netdoc args…` with extra environment (NO_COLOR unless overridden) and optional stdin. */
export function runNetdoc(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [NETDOC_BIN, ...args], {env: cliEnv({NO_COLOR: '1', ...env})})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({code: code ?? -1, stdout, stderr}))
    child.stdin.end(input ?? '')
  })
}

/** snapshotOfTree writes a snapshot of a recorded tree (test/fixtures/<tree>) into `dir`, once, and returns its path. */
export async function snapshotOfTree(tree: string, dir: string): Promise<string> {
  const file = join(dir, `${tree}.json`)
  if (existsSync(file)) return file
  const made = await runNetdoc(['snapshot', '-o', file], {NETDOC_ROOT: fixtureTree(tree)})
  if (made.code !== 0) throw new Error(`netdoc snapshot of ${tree} failed (${made.code}): ${made.stderr}`)
  return file
}

/** jsonOf parses a run's standard output as JSON; a run that printed no JSON fails the test with its exit code and standard error,
 * so the cause (e.g. "permission denied") shows instead of "Unexpected end of JSON input". */
export function jsonOf<T = any>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T
  } catch (error) {
    throw new Error(
      `the command printed no JSON (${(error as Error).message}); exit code ${result.code}; its stderr:\n${result.stderr || '(empty)'}`,
    )
  }
}
