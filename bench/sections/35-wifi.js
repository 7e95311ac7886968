// Bench: `netdoc wifi` wall time on the recorded Wi-Fi trees against a bare `node -e ''` (target: within 2.5x), PASS or FAIL.
// It reads the signal three times (the default --samples), replayed from the tree without waiting.
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import {compare} from '../timing.js'

export const name = 'wifi'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = join(root, 'bin', 'run.cjs')
const fixtures = [
  'wifi-healthy-5ghz-ax',
  'wifi-open-guest-scan',
  'wifi-disconnects-reason-16',
  'wifi-scan-associated-5ghz',
  'wifi-nmcli-table',
]
const TARGET = 2.5

/** run times `wifi --json` on each tree (every command replayed from its commands/ folder) and says whether it meets the target. */
export async function run() {
  const commands = {"node -e ''": {argv: [process.execPath, '-e', '']}}
  for (const fixture of fixtures)
    commands[`wifi ${fixture.replace('wifi-', '')}`] = {
      argv: [process.execPath, bin, 'wifi', '--json'],
      options: {env: {...process.env, NETDOC_ROOT: join(root, 'test', 'fixtures', fixture)}},
    }
  const medians = compare(commands)
  const base = medians["node -e ''"]
  for (const [command, ms] of Object.entries(medians)) {
    const ratio = ms / base
    const verdict = command.startsWith('wifi') ? (ratio <= TARGET ? '  PASS' : '  FAIL') : ''
    console.log(`${command.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}x node -e ''${verdict}`)
  }
}
