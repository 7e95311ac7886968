// `netdoc why-no-ping --from FILE`: a saved snapshot replays to the same verdict, offline; nothing is probed.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {whyNoPingReport} from '../../src/capabilities/ping/report.js'
import {arped, knocked, office, pingFacts, pinged, routeTo, ROUTER} from '../support/ping.js'
import {fixtureTree, runNetdoc} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-why-no-ping-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const stale = '192.168.0.10'
const snapshot = office(
  pingFacts(stale, {
    routes: [routeTo(stale, {gateway: ROUTER})],
    ping: pinged(stale, 'no-reply'),
    arp: [arped(ROUTER, ['aa:bb:cc:00:00:01']), arped(stale, ['b8:27:eb:00:00:10'])],
    tcp: knocked('timeout'),
    listening: {
      devs: ['eth0'],
      ms: 1200,
      sightings: [{op: 'request', senderMac: 'b8:27:eb:00:00:10', senderIp: stale, targetIp: '192.168.0.1', dev: 'eth0'}],
    },
  }),
)
const file = join(dir, 'stale.json')
writeFileSync(file, JSON.stringify(snapshot))

describe('why-no-ping --from', () => {
  it('replays a snapshot to the verdict the snapshot holds, as JSON', async () => {
    const result = await runNetdoc(['why-no-ping', '--json', '--from', file, stale])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.verdict.id).toBe('target.wrong-subnet')
    expect(report).toEqual(JSON.parse(JSON.stringify(whyNoPingReport(snapshot))))
  })

  it('prints the verdict first in plain words, then the path', async () => {
    const result = await runNetdoc(['why-no-ping', '--from', file, stale])
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(/^PROBLEM {2}192\.168\.0\.10 is on this cable \(MAC b8:27:eb:00:00:10\).*\[target\.wrong-subnet\]$/)
    expect(lines.slice(2, 7)).toEqual([
      'Path:',
      expect.stringMatching(/^ {4}this machine\s+OK\s+192\.168\.1\.10\/24 on eth0$/),
      expect.stringMatching(/^ {2}→ port eth0\s+OK\s+link up$/),
      expect.stringMatching(/^ {2}→ gateway 192\.168\.1\.1\s+OK\s+answers ARP \(aa:bb:cc:00:00:01\)$/),
      expect.stringMatching(/^ {2}→ target 192\.168\.0\.10\s+FAILED\s+answers ARP \(b8:27:eb:00:00:10\), but not ping$/),
    ])
    expect(result.stdout).not.toMatch(/\u001b\[/)
  })

  it('takes the host the snapshot holds when none is named (a redacted host cannot be guessed)', async () => {
    const named = await runNetdoc(['why-no-ping', '--json', '--from', file, stale])
    const unnamed = await runNetdoc(['why-no-ping', '--json', '--from', file])
    expect(unnamed.code).toBe(1)
    expect(JSON.parse(unnamed.stdout)).toEqual(JSON.parse(named.stdout))
  })

  it('refuses a snapshot of another target', async () => {
    const result = await runNetdoc(['why-no-ping', '--from', file, '192.168.1.20'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/holds probes of "192\.168\.0\.10", not of "192\.168\.1\.20"/)
  })

  it('refuses to probe from a recorded tree, which cannot answer probes', async () => {
    const result = await runNetdoc(['why-no-ping', '192.168.1.20'], {NETDOC_ROOT: fixtureTree('vm-virtio')})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/recorded tree \(NETDOC_ROOT\) cannot answer: replay a snapshot with --from/)
  })
})
