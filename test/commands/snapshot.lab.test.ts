// A snapshot taken inside a namespace-lab LAN, with why-no-ping's probes, replays outside the lab to the same findings.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {jsonOf, runNetdoc} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-snaplab-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe.skipIf(!canBuildLabs())('snapshot in the lab, replay outside it', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('gives the same why-no-ping verdict, nics findings and report from the file as inside the lab', async () => {
    lab = new Lab('s1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.62.10/24')
    lab.cable('pc', 'eth1', 'sw-pc1')
    lab.plugIn('nas', '192.168.62.20/24')
    lab.unplug('sw-pc')
    const file = join(dir, 'lab.json')

    const taken = await lab.netdoc('pc', ['snapshot', '--ping', '192.168.62.20', '-o', file])
    expect(taken.code).toBe(0)
    expect(taken.stderr).toContain('collecting ping')
    const inside = jsonOf(await lab.netdoc('pc', ['nics', '--all', '--json']))

    const verdict = jsonOf(await runNetdoc(['why-no-ping', '192.168.62.20', '--json', '--from', file]))
    expect(verdict.verdict.id).toBe('local.no-carrier')
    expect(verdict.verdict.evidence.join(' ')).toContain('eth0')
    const nics = await runNetdoc(['nics', '--all', '--json', '--from', file])
    expect(nics.code).toBe(1)
    expect(jsonOf(nics).findings).toEqual(inside.findings)
    expect(inside.findings.map((f: {id: string}) => f.id)).toContain('nic.cable-in-wrong-port')

    const report = await runNetdoc(['report', '--from', file])
    expect(report.stdout.split('## Verdict')[1]).toMatch(/^\s*\*\*PROBLEM: [^\n]*`local\.no-carrier`/)
    expect(readFileSync(file, 'utf8')).toContain('"target"')
  })

  it('--timeout bounds the LAN listening and the probes alike, and says which wait it cut short', async () => {
    lab = new Lab('s1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.62.10/24', '192.168.62.1')
    lab.plugIn('router', '192.168.62.1/24')
    const taken = await lab.netdoc('pc', ['snapshot', '--timeout', '1', '--ping', '192.168.62.99'])
    expect(taken.code).toBe(0)
    const snapshot = jsonOf(taken)
    expect(snapshot.lan.listening.ms).toBeLessThan(1000)
    expect(snapshot.ping.probes.length).toBeGreaterThan(0)
    const cut = snapshot.gaps.filter((gap: {fact: string}) => /of the usual 4 s/.test(gap.fact))
    expect(cut.map((gap: {fact: string}) => gap.fact.replace(/\(.*\)/, '()'))).toEqual([
      'listening on the cable ()',
      'waiting for DHCP offers ()',
    ])
    expect(cut[0].reason).toMatch(/^the --timeout cut it short: /)
  })
})
