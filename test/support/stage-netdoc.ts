// vitest's global setup: stages a copy of the built netdoc (package.json, bin, dist, rules) in a folder every user can read, so
// the lab can run netdoc as nobody even from a checkout in a home directory of mode 700 (root's, on every Debian and Ubuntu).
import {chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PROJECT_ROOT} from './cli.js'

/** STAGED_PARTS are what a built netdoc needs at run time (the bundle holds its dependencies). */
const STAGED_PARTS = ['package.json', 'bin', 'dist', 'rules']

function openUp(path: string): void {
  const stat = statSync(path)
  chmodSync(path, stat.isDirectory() || (stat.mode & 0o100) !== 0 ? 0o755 : 0o644)
  if (stat.isDirectory()) for (const entry of readdirSync(path)) openUp(join(path, entry))
}

let staged: string | null = null

/** setup copies the built netdoc into a world-readable temporary folder and names its executable in NETDOC_LAB_BIN, which the
 * test workers inherit. */
export function setup(): void {
  staged = mkdtempSync(join(tmpdir(), 'netdoc-staged-'))
  for (const part of STAGED_PARTS) cpSync(join(PROJECT_ROOT, part), join(staged, part), {recursive: true})
  openUp(staged)
  process.env.NETDOC_LAB_BIN = join(staged, 'bin', 'run.cjs')
}

/** teardown removes the staged copy. */
export function teardown(): void {
  if (staged) rmSync(staged, {recursive: true, force: true})
}
