// Bench: `netdoc displays` wall time on the recorded displays fixtures against a bare `node -e ''`, and the X log parser on a 1 MB log.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import {compare, median} from '../timing.js'

export const name = 'displays'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = join(root, 'bin', 'run.cjs')
const fixtures = ['displays-two-nvidia-screens', 'displays-second-gpu-unused', 'displays-no-screens', 'displays-hybrid-laptop']

/** run times the command on each fixture tree, collect + report in process, then the parser on a real X log repeated to about 1 MB (the collector's cap). */
export async function run() {
  const commands = {"node -e ''": {argv: [process.execPath, '-e', '']}}
  for (const fixture of fixtures)
    commands[`displays ${fixture.replace('displays-', '')}`] = {
      argv: [process.execPath, bin, 'displays', '--json'],
      options: {env: {...process.env, NETDOC_ROOT: join(root, 'test', 'fixtures', fixture)}},
    }
  const medians = compare(commands)
  const base = medians["node -e ''"]
  for (const [command, ms] of Object.entries(medians))
    console.log(`${command.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x node -e ''`)

  const {collectSnapshot} = await import(join(root, 'dist', 'src', 'collect', 'snapshot.js'))
  const {displaysReport} = await import(join(root, 'dist', 'src', 'report', 'displays-report.js'))
  process.env.NETDOC_ROOT = join(root, 'test', 'fixtures', 'displays-second-gpu-unused')
  const inProcess = []
  for (let round = 0; round < 15; round++) {
    const start = process.hrtime.bigint()
    displaysReport(await collectSnapshot(['displays']))
    inProcess.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  delete process.env.NETDOC_ROOT
  console.log(
    `collect + report in process (second-gpu-unused): ${median(inProcess).toFixed(1)} ms median; the rest of a run is Node and oclif starting`,
  )

  const catalogStart = process.hrtime.bigint()
  const {loadCatalog} = await import(join(root, 'dist', 'src', 'explain', 'load-catalog.js'))
  await loadCatalog()
  console.log(
    `loading the explain catalog once (yaml + zod; only for an X log with (EE) lines): ${(Number(process.hrtime.bigint() - catalogStart) / 1e6).toFixed(1)} ms`,
  )

  const {parseXorgLog} = await import(join(root, 'dist', 'src', 'parse', 'xorg-log.js'))
  const log = readFileSync(join(root, 'test', 'fixtures', 'displays-second-gpu-unused', 'var', 'log', 'Xorg.0.log'), 'utf8')
  const body = log.slice(log.indexOf('[    27.189] (WW) The directory'))
  const big = log + body.repeat(Math.ceil(1_000_000 / body.length))
  const times = []
  for (let round = 0; round < 15; round++) {
    const start = process.hrtime.bigint()
    parseXorgLog(big)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  console.log(
    `parseXorgLog on ${(big.length / 1e6).toFixed(2)} MB (${big.split('\n').length} lines): ${median(times).toFixed(1)} ms median`,
  )
}
