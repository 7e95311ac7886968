// Bench: `netdoc nics` wall time against a bare `node -e ''`, on a host with 24 ports (veth in a namespace).
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import {compare} from '../timing.js'

export const name = 'nics'
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'run.cjs')
const ns = 'ndbench-nics'
const ip = (...args) => execFileSync('ip', args, {stdio: 'ignore'})

/** run builds a namespace with 12 veth pairs (24 ports), times both commands inside it, and removes it. */
export async function run() {
  if (process.getuid?.() !== 0) {
    console.log('skipped: building the 24-port namespace needs root')
    return
  }
  try {
    ip('netns', 'del', ns)
  } catch {}
  ip('netns', 'add', ns)
  try {
    for (let i = 0; i < 12; i++) {
      ip('-n', ns, 'link', 'add', `a${i}`, 'type', 'veth', 'peer', 'name', `b${i}`)
      ip('-n', ns, 'addr', 'add', `10.9.${i}.1/24`, 'dev', `a${i}`)
      ip('-n', ns, 'link', 'set', `a${i}`, 'up')
      if (i % 2 === 0) ip('-n', ns, 'link', 'set', `b${i}`, 'up')
    }
    const inNs = argv => ({argv: ['ip', 'netns', 'exec', ns, ...argv]})
    const ports = execFileSync('ip', ['-n', ns, '-o', 'link'], {encoding: 'utf8'}).trim().split('\n').length
    const medians = compare(
      {
        "node -e ''": inNs([process.execPath, '-e', '']),
        'netdoc nics --all': inNs([process.execPath, bin, 'nics', '--all']),
        'netdoc nics --all --json': inNs([process.execPath, bin, 'nics', '--all', '--json']),
      },
      30,
    )
    const base = medians["node -e ''"]
    console.log(`ports in the namespace: ${ports}`)
    for (const [command, ms] of Object.entries(medians))
      console.log(`${command.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x node -e ''`)
    const ratio = medians['netdoc nics --all'] / base
    console.log(`target: netdoc nics <= 2.5x node -e '': ${ratio <= 2.5 ? 'PASS' : 'FAIL'} (${ratio.toFixed(2)}x)`)
  } finally {
    ip('netns', 'del', ns)
  }
}
