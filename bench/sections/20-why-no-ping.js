// Bench: time to verdict of `netdoc why-no-ping` in every lab scenario, against `ping -c 4` on the same target (both inside the namespace).
import {loadLab, verdictOf} from '../lab.js'
import {median, wallMs} from '../timing.js'

export const name = 'why-no-ping'
const ROUNDS = 3

/** run builds each scenario, times netdoc (median of 3) and one `ping -c 4`, prints a table, and removes the lab. */
export async function run() {
  if (process.getuid?.() !== 0) {
    console.log('skipped: building namespace labs needs root')
    return
  }
  const {Lab, buildOffice, scenarios, whyNoPingArgv, UNPRIVILEGED} = await loadLab('test/lab/scenarios/why-no-ping.ts')
  const rows = []
  for (const [index, scenario] of scenarios.entries()) {
    const lab = new Lab(`bw${index}`)
    try {
      await buildOffice(lab)
      await scenario.build?.(lab)
      const inNs = argv => ['ip', 'netns', 'exec', lab.ns('pc'), ...argv]
      const env = {...process.env, NO_COLOR: '1'}
      const runs = Array.from({length: ROUNDS}, () => wallMs(inNs(whyNoPingArgv(scenario, ['--json'])), {env}))
      const ping = wallMs(inNs([...(scenario.unprivileged ? UNPRIVILEGED : []), 'ping', '-c', '4', '--', scenario.target]), {env})
      const netdocMs = median(runs.map(r => r.ms))
      const verdict = verdictOf(runs[0])
      rows.push({scenario: scenario.name, verdict, expected: scenario.verdict, netdocMs, pingMs: ping.ms, pingStatus: ping.status})
    } finally {
      lab.destroy()
    }
  }
  const line = cells => cells.map(([text, width]) => String(text).padEnd(width)).join(' ')
  console.log(
    line([
      ['scenario', 46],
      ['verdict', 22],
      ['netdoc ms', 10],
      ['ping -c 4 ms', 13],
      ['ratio', 6],
      ['target', 8],
    ]),
  )
  for (const row of rows) {
    const budget = row.verdict === 'dns.no-answer' ? 3000 : 2000
    const pingGaveUp = row.pingMs < 100
    const ratio = row.netdocMs / row.pingMs
    const ok = row.verdict === row.expected && row.netdocMs <= budget && (pingGaveUp || ratio <= 0.5)
    console.log(
      line([
        [row.scenario, 46],
        [row.verdict === row.expected ? row.verdict : `${row.verdict} (want ${row.expected})`, 22],
        [row.netdocMs.toFixed(0), 10],
        [`${row.pingMs.toFixed(0)} (exit ${row.pingStatus})`, 13],
        [pingGaveUp ? 'n/a' : ratio.toFixed(2), 6],
        [ok ? 'ok' : 'MISSED', 8],
      ]),
    )
  }
  console.log(
    'target: verdict <= 2000 ms (<= 3000 ms when the DNS servers do not answer), and <= 0.5x `ping -c 4` where ping waits for answers',
  )
  console.log('ratio n/a: ping gave up at once (no address, no route, unknown name, not permitted) and explained nothing')
}
