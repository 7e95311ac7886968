// Headless Chromium for the tests that look at a page as a person's browser shows it, with Chromium's own traffic switched off.
import {execFile, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** chromiumPath is the Chromium on PATH (chromium or chromium-browser), or null when there is none (the tests that need it skip). */
export function chromiumPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {encoding: 'utf8'})
  return found.status === 0 ? found.stdout.trim() : null
}

/** QUIET_FLAGS keep Chromium from sending anything of its own (updates, sync, first-run pages, QUIC) and from needing a GPU or sandbox. */
const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
]

/** runChromium runs headless Chromium with `args` in a fresh profile (removed after) and resolves to what it printed on stdout. It
 * runs beside the test, not blocking it, so a server in the test can still answer (or count) what the page asks for. */
export async function runChromium(args: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'netdoc-chromium-'))
  try {
    return await new Promise<string>((resolve, reject) =>
      execFile(
        chromiumPath()!,
        [...QUIET_FLAGS, `--user-data-dir=${profile}`, ...args],
        {encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024},
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    )
  } finally {
    rmSync(profile, {recursive: true, force: true})
  }
}
