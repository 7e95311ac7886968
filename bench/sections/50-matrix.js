// Bench: the verdict matrices on real kernel stacks (why-no-ping and lan, test/lab/matrix/): how many cases, how many reach the
// verdict they must, and how long the run takes. It runs the matrix's own vitest files and reads their JSON results.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const name = 'matrix'
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** run runs both matrices and prints their size, pass count and wall time. */
export async function run() {
  if (process.getuid?.() !== 0) {
    console.log('skipped: building namespace labs needs root')
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'ndbench-matrix-'))
  try {
    const results = join(dir, 'results.json')
    const started = Date.now()
    spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        'test/commands/why-no-ping.matrix',
        'test/commands/lan.matrix',
        '--reporter=json',
        `--outputFile=${results}`,
      ],
      {cwd: root, stdio: 'ignore'},
    )
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    const report = JSON.parse(readFileSync(results, 'utf8'))
    const tests = report.testResults.flatMap(file => file.assertionResults.map(test => ({...test, file: file.name})))
    for (const [label, pattern] of [
      ['why-no-ping', /why-no-ping\.matrix/],
      ['lan', /lan\.matrix/],
    ]) {
      const cases = tests.filter(test => pattern.test(test.file) && test.ancestorTitles.some(title => title.includes('part')))
      const passed = cases.filter(test => test.status === 'passed').length
      console.log(
        `${label.padEnd(12)} ${String(cases.length).padStart(3)} cases, ${String(passed).padStart(3)} reach their verdict, ${cases.length - passed} wrong`,
      )
      for (const test of cases.filter(test => test.status !== 'passed')) console.log(`  wrong: ${test.title}`)
    }
    console.log(`both matrices in ${seconds} s (three why-no-ping files and two lan files side by side)`)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
