// Bench: `netdoc snapshot --redact` against plain `snapshot` on a recorded machine, and redactValue's throughput on a large log.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import {compare, median} from '../timing.js'

export const name = 'redact'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = join(root, 'bin', 'run.cjs')

/** bigLog repeats the leak-test logs with every MAC, public address and host name varied, to `lines` lines. */
function bigLog(lines) {
  const samples = ['dmesg.log', 'dhcp-client.log', 'gmail-bounce.txt', 'wpa-supplicant.log'].map(file =>
    readFileSync(join(root, 'test', 'fixtures', 'redact', file), 'utf8').split('\n'),
  )
  const out = []
  for (let n = 0; out.length < lines; n++) {
    const hex = (n & 255).toString(16).padStart(2, '0')
    for (const line of samples[n % samples.length])
      out.push(
        line
          .replace(/:([0-9a-f]{2})\b(?=\s|,|$)/g, `:${hex}`)
          .replace(/\b86\.13\.201\./g, `86.${n & 255}.201.`)
          .replace(/kestrels-mac/g, `pc-${n % 50}`),
      )
  }
  return out.slice(0, lines)
}

/** run times the command with and without --redact, then redactValue on 20 000 log lines in process. */
export async function run() {
  const env = {...process.env, NETDOC_ROOT: join(root, 'test', 'fixtures', 'desktop-onboard-and-card')}
  const medians = compare(
    {
      'netdoc snapshot': {argv: [process.execPath, bin, 'snapshot'], options: {env}},
      'netdoc snapshot --redact': {argv: [process.execPath, bin, 'snapshot', '--redact'], options: {env}},
    },
    9,
  )
  for (const [command, ms] of Object.entries(medians)) console.log(`${command.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms`)

  const {createRedactor} = await import(join(root, 'dist', 'src', 'redact', 'redactor.js'))
  const lines = bigLog(20_000)
  const bytes = lines.reduce((total, line) => total + line.length + 1, 0)
  const times = []
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint()
    createRedactor().redactValue({logs: {lines}})
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  const ms = median(times)
  console.log(
    `redactValue, ${lines.length} log lines (${(bytes / 1024).toFixed(0)} KiB): ${ms.toFixed(0)} ms median of 5, ${(lines.length / (ms / 1000)).toFixed(0)} lines/s`,
  )
  console.log('target: a 20 000-line log in < 2 s. Of what --redact adds to a snapshot, the redaction itself takes milliseconds;')
  console.log('the rest is loading the redactor and zod for the schema check that proves the file will load.')
}
