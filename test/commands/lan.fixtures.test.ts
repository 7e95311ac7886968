// `netdoc lan` on a recorded machine (NETDOC_ROOT): lease files of a dead onboard port and of the card, and replay with --from.
import {cpSync, mkdtempSync, rmSync, utimesSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fixtureTree, runNetdoc} from '../support/cli.js'

const tree = mkdtempSync(join(tmpdir(), 'netdoc-lan-'))
cpSync(fixtureTree('desktop-onboard-and-card'), tree, {recursive: true})
cpSync(fixtureTree('lan-leases'), tree, {recursive: true})
utimesSync(join(tree, 'var/lib/dhcpcd/enp3s0.lease'), new Date(), new Date())
afterAll(() => rmSync(tree, {recursive: true, force: true}))

interface LanJson {
  lan: {
    interface: string
    router: {router: string | null; subnet: string | null; source: string}
    leases: {source: string; path: string; dev: string | null; address: string | null; current: boolean}[]
    reservation: {dev: string; mac: string; otherPorts: {name: string; mac: string; link: string}[]} | null
    pool: {kind: string}
  }
  findings: {id: string; title: string; evidence: string[]}[]
  notChecked: {fact: string; reason: string}[]
}

describe('netdoc lan on a recorded machine', () => {
  it("reads both lease files, learns the LAN from the card's current lease, and names the card's MAC for a reservation", async () => {
    const result = await runNetdoc(['lan', '--json'], {NETDOC_ROOT: tree})
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as LanJson
    expect(report.lan.interface).toBe('enp3s0')
    expect(report.lan.leases).toEqual([
      expect.objectContaining({
        source: 'dhclient',
        path: '/var/lib/dhcp/dhclient.eno1.leases',
        dev: 'eno1',
        address: '192.168.1.57',
        current: false,
      }),
      expect.objectContaining({
        source: 'dhcpcd',
        path: '/var/lib/dhcpcd/enp3s0.lease',
        dev: 'enp3s0',
        address: '192.168.50.100',
        current: true,
      }),
    ])
    expect(report.lan.router).toEqual(expect.objectContaining({router: '192.168.50.1', subnet: '192.168.50.0/24', source: 'lease'}))
    const reserve = report.findings.find(finding => finding.id === 'lan.reserve-linked-port')
    expect(reserve?.title).toMatch(/enp3s0's MAC .* not for eno1's/)
    expect(reserve?.evidence.join('\n')).toContain('dhclient.eno1.leases is an older lease of eno1')
    expect(report.lan.pool.kind).toBe('observed')
    expect(report.notChecked.map(gap => gap.fact)).toContain('DHCP DISCOVER, listening and probes')
    expect(result.code).toBe(0)
  })

  it('replays a snapshot holding the lan section with the same report', async () => {
    const file = join(tree, 'snapshot.json')
    const taken = await runNetdoc(['snapshot', '-o', file], {NETDOC_ROOT: tree})
    expect(taken.code).toBe(0)
    const live = JSON.parse((await runNetdoc(['lan', '--json'], {NETDOC_ROOT: tree})).stdout) as LanJson
    const replayed = await runNetdoc(['lan', '--json', '--from', file])
    expect(replayed.stderr).toBe('')
    expect(JSON.parse(replayed.stdout)).toEqual(live)
  })

  it('refuses a bad --pool, --listen or --interface with exit code 2 and one line', async () => {
    for (const args of [
      ['--pool', '192.168.1.200-100'],
      ['--listen', 'soon'],
      ['--interface', '-f'],
      ['--interface', 'eth9'],
    ]) {
      const result = await runNetdoc(['lan', ...args], {NETDOC_ROOT: tree})
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})
