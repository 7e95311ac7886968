// Bench: start-up, `netdoc nics` on this machine against a bare `node -e ''` (target: at most 2.5x), with and without the code
// cache the build records, and `--help` and `displays` beside them; medians and spread of interleaved runs, and the load.
import {cpSync, mkdtempSync, rmSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {quantile, sample} from '../timing.js'

export const name = 'startup'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const ROUNDS = 30
/** TARGET is how many times `node -e ''` a `netdoc nics` may take. */
const TARGET = 2.5

/** loadAverage is the machine's load over 1, 5 and 15 minutes: the ratios depend on what else runs. */
const loadAverage = () =>
  loadavg()
    .map(load => load.toFixed(2))
    .join(' ')

/** withoutCodeCache copies what an install holds, less the code cache (as after a Node upgrade), into a temporary folder. */
function withoutCodeCache() {
  const dir = mkdtempSync(join(tmpdir(), 'ndbench-nocache-'))
  for (const part of ['package.json', 'bin', join('dist', 'bundle'), join('rules', 'catalog')])
    cpSync(join(root, part), join(dir, part), {recursive: true})
  rmSync(join(dir, 'dist', 'bundle', 'netdoc.cjs.v8cache'))
  return dir
}

/** run times each command ROUNDS times, interleaved, prints median, 10th-90th percentile and ratio, and the verdict. */
export async function run() {
  const bare = withoutCodeCache()
  try {
    const netdoc = (install, ...args) => ({
      argv: [process.execPath, join(install, 'bin', 'run.cjs'), ...args],
      options: {env: {...process.env, NO_COLOR: '1'}},
    })
    const commands = {
      "node -e ''": {argv: [process.execPath, '-e', '']},
      'netdoc nics': netdoc(root, 'nics'),
      'netdoc nics, no code cache': netdoc(bare, 'nics'),
      'netdoc --help': netdoc(root, '--help'),
      'netdoc displays': netdoc(root, 'displays'),
    }
    const before = loadAverage()
    const times = sample(commands, ROUNDS)
    const base = quantile(times["node -e ''"], 0.5)
    console.log(
      `${ROUNDS} interleaved runs of each; load average ${before} before, ${loadAverage()} after on ${availableParallelism()} processors`,
    )
    console.log(`${'command'.padEnd(28)} ${'median'.padStart(9)}  ${'p10-p90'.padStart(13)}  ratio`)
    for (const [command, list] of Object.entries(times)) {
      const spread = `${quantile(list, 0.1).toFixed(0)}-${quantile(list, 0.9).toFixed(0)} ms`
      console.log(
        `${command.padEnd(28)} ${quantile(list, 0.5).toFixed(1).padStart(6)} ms  ${spread.padStart(13)}  ${(quantile(list, 0.5) / base).toFixed(2)}x`,
      )
    }
    const ratio = quantile(times['netdoc nics'], 0.5) / base
    const bareRatio = quantile(times['netdoc nics, no code cache'], 0.5) / base
    console.log(
      `target: netdoc nics <= ${TARGET}x node -e '': ${ratio <= TARGET ? 'PASS' : 'FAIL'} (${ratio.toFixed(2)}x; without the code cache ${bareRatio.toFixed(2)}x)`,
    )
  } finally {
    rmSync(bare, {recursive: true, force: true})
  }
}
