// `netdoc doctor` on recorded machines and on snapshots: every section's verdicts in one list, most serious first, each with its
// next step, the same verdicts `netdoc report` gives of the same facts, and what was not checked.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {DoctorReport} from '../../src/report/doctor-report.js'
import type {FullReport} from '../../src/report/full-report.js'
import {fixtureTree, jsonOf, runNetdoc, snapshotOfTree} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-doctor-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const SEVERITY_ORDER = ['error', 'warning', 'info']

describe('netdoc doctor', () => {
  it('lists the cable in the wrong port first, with its next step, and exits 1', async () => {
    const result = await runNetdoc(['doctor'], {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^Checked: nics, wifi, lan, displays\.\n\nPROBLEM {2}eno1 holds the network configuration but has no cable; the cable is in enp3s0 {2}\[nic\.cable-in-wrong-port\]\n {3}next: Look at the back/,
    )
    expect(result.stdout).toContain('Not checked:\n')
    expect(result.stdout).toContain('`netdoc report` (or `netdoc nics`, `netdoc wifi`, `netdoc lan`, `netdoc displays`)')
  })

  it.each(['desktop-onboard-and-card', 'displays-two-nvidia-screens', 'board-onboard-no-driver', 'vm-virtio'])(
    'gives, for %s, exactly the verdicts `report` gives of the same snapshot, most serious first',
    async tree => {
      const snapshot = await snapshotOfTree(tree, dir)
      const doctor = jsonOf<DoctorReport>(await runNetdoc(['doctor', '--from', snapshot, '--json']))
      const report = jsonOf<FullReport>(await runNetdoc(['report', '--from', snapshot, '--json']))
      expect([...doctor.findings].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...report.findings].sort((a, b) => a.id.localeCompare(b.id)),
      )
      const ranks = doctor.findings.map(finding => SEVERITY_ORDER.indexOf(finding.severity))
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      expect(doctor.notChecked).toEqual(report.notChecked)
      expect(doctor.checked).toEqual(['nics', 'wifi', 'lan', 'displays'])
    },
  )

  it('exits 0 when no check finds a problem (notes do not count)', async () => {
    const result = await runNetdoc(['doctor'], {NETDOC_ROOT: fixtureTree('vm-virtio')})
    const json = jsonOf<DoctorReport>(await runNetdoc(['doctor', '--json'], {NETDOC_ROOT: fixtureTree('vm-virtio')}))
    expect(json.findings.filter(finding => finding.severity !== 'info')).toEqual([])
    expect(result.code).toBe(0)
  })

  it('refuses --quick with --from: the snapshot holds its facts already', async () => {
    const snapshot = await snapshotOfTree('vm-virtio', dir)
    const result = await runNetdoc(['doctor', '--from', snapshot, '--quick'])
    expect(result).toMatchObject({code: 2, stdout: ''})
    expect(result.stderr).toMatch(/^netdoc: --quick shortens the checks of this machine, so it cannot be combined with --from/)
  })
})
