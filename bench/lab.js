// Loads the namespace lab and a scenario module (TypeScript under test/) for a bench section, compiled on the fly with esbuild.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** loadLab compiles test/lab/lab.ts and the given scenario file into one temporary module and imports it;
 * import.meta.url is pinned to test/support/cli.ts so the lab still finds the project's files. */
export async function loadLab(scenarioFile) {
  const dir = mkdtempSync(join(tmpdir(), 'ndbench-'))
  try {
    const outfile = join(dir, 'lab.mjs')
    const contents = `export * from './${scenarioFile}'\nexport {Lab, NETDOC_BIN} from './test/lab/lab.ts'\n`
    const cliUrl = JSON.stringify(pathToFileURL(join(root, 'test/support/cli.ts')).href)
    await build({
      stdin: {contents, resolveDir: root, loader: 'ts'},
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      define: {'import.meta.url': cliUrl},
    })
    return await import(outfile)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** verdictOf is the verdict id a `--json` run printed, or what it printed instead (no JSON, with its exit code). */
export function verdictOf(run) {
  try {
    return JSON.parse(run.stdout).verdict.id
  } catch {
    return `(no JSON, exit ${run.status}: ${(run.stderr.trim() || run.stdout.trim()).split('\n')[0]})`
  }
}
