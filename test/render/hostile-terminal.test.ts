// Hostile text in a snapshot (host names, vendors, monitor names, log lines, DHCP options, DNS answers…) reaches every human view
// made printable: no control character, escape sequence or bidirectional override gets to the terminal, yet the text is shown.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {runNetdoc, snapshotOfTree} from '../support/cli.js'
import {hostileSnapshot} from '../support/hostile.js'
import {lanSnapshot, lease, offer} from '../support/lan.js'
import {arped, knocked, office, pingFacts, pinged, resolved, dnsAnswer, routeTo, ROUTER} from '../support/ping.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-hostile-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** HOSTILE is appended to every string of a snapshot: an OSC 52 clipboard write, a screen clear, a CSI, a NUL, a C1 CSI, a
 * right-to-left override, a forged line, and HTML. */
const HOSTILE = '\u001b]52;c;SGVsbG8=\u0007\u001b[2J\u001b[31m\u0000\u009b1m\u202e\nPROBLEM forged<img src=x onerror=alert(1)>'
/** ACTIVE matches what a terminal would act on: C0 controls but the newline, DEL, C1, separators and bidirectional controls. */
const ACTIVE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069]/

async function hostileFile(name: string, snapshot: unknown): Promise<string> {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(hostileSnapshot(JSON.parse(JSON.stringify(snapshot)) as Snapshot, text => text + HOSTILE)))
  return file
}

const target = 'nas.lan'
const pingSnapshot = office(
  pingFacts(target, {
    address: '192.168.0.10',
    resolution: resolved(target, [dnsAnswer(ROUTER, target, 'answered', ['192.168.0.10'])]),
    routes: [routeTo('192.168.0.10', {gateway: ROUTER})],
    ping: pinged('192.168.0.10', 'no-reply'),
    arp: [arped(ROUTER, ['aa:bb:cc:00:00:01']), arped('192.168.0.10', ['b8:27:eb:00:00:10'])],
    tcp: knocked('timeout'),
  }),
)
const lanOnly = lanSnapshot({
  leases: [lease()],
  discover: {
    dev: 'eth0',
    mac: '00:1b:21:aa:bb:01',
    source: '192.168.1.10',
    windowMs: 4000,
    offers: [offer()],
    outcome: 'offers',
    reason: null,
  },
})

const views: [string, string[]][] = [
  ['nics', ['nics']],
  ['nics --all', ['nics', '--all']],
  ['displays', ['displays']],
  ['lan', ['lan']],
  ['why-no-ping', ['why-no-ping']],
  ['explain --from', ['explain']],
  ['report', ['report']],
]

describe('hostile text from a snapshot, in every human view', () => {
  it.each([
    ['a desktop with a dead onboard port', async () => snapshotOfTree('desktop-onboard-and-card', dir)],
    ['two NVIDIA cards and an X log', async () => snapshotOfTree('displays-second-gpu-unused', dir)],
    ['a board whose kernel log complains', async () => snapshotOfTree('board-onboard-no-driver', dir)],
    ['why-no-ping probes of a name', async () => pingSnapshot],
    ['the LAN: a lease and a DHCP offer', async () => lanOnly],
  ])('%s', async (name, make) => {
    const made = await make()
    const file = await hostileFile(name.replace(/\W+/g, '-'), typeof made === 'string' ? JSON.parse(readFileSync(made, 'utf8')) : made)
    let shown = 0
    for (const [view, args] of views) {
      const result = await runNetdoc([...args, '--from', file])
      if (result.code === 2) continue // the snapshot holds no section for this view
      expect(result.code, `${view}: ${result.stderr}`).toBeLessThan(2)
      expect(result.stdout, view).not.toMatch(ACTIVE)
      expect(result.stderr, view).not.toMatch(ACTIVE)
      if (result.stdout.includes('\\x1b]52;c;SGVsbG8=\\x07\\x1b[2J')) shown++
    }
    expect(shown).toBeGreaterThan(0)
  })
})
