// Snapshots netdoc writes itself load back with --from: each value the types allow and a collector writes passes the schema.
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {collectNicsSnapshot} from '../../src/collect/snapshot.js'
import {parseSnapshotText} from '../../src/snapshot/load.js'
import {snapshotText, type Snapshot} from '../../src/snapshot/snapshot.js'
import {fixtureTree} from '../support/cli.js'
import {arpProbe, lanSnapshot, OFFICE_LAN, pingProbe} from '../support/lan.js'
import {arped, office, pingFacts} from '../support/ping.js'

/** roundTrip writes a snapshot as `netdoc snapshot` does and reads it back as `--from` does. */
async function roundTrip(snapshot: Snapshot) {
  return parseSnapshotText(snapshotText(snapshot), 's.json')
}

let scratch: string | undefined

afterEach(() => {
  delete process.env.NETDOC_ROOT
  if (scratch) rmSync(scratch, {recursive: true, force: true})
  scratch = undefined
})

describe('a snapshot netdoc wrote loads back unchanged', () => {
  const stopped = {outcome: 'stopped' as const, line: 'stopped early: its answer was no longer needed'}

  it('with an arping of the LAN section ended early (stopped), as the gateway check, a duplicate check and a free check', async () => {
    const snapshot = lanSnapshot({
      gateway: {gateway: OFFICE_LAN.router, dev: 'eth0', arp: arpProbe(OFFICE_LAN.router, stopped), ping: pingProbe(OFFICE_LAN.router)},
      duplicates: [arpProbe(OFFICE_LAN.pc, stopped)],
      freeChecks: [arpProbe('192.168.1.20', stopped)],
    })
    expect(await roundTrip(snapshot)).toEqual({ok: true, snapshot: JSON.parse(snapshotText(snapshot))})
  })

  it('with an arping of the ping section ended early (stopped)', async () => {
    const snapshot = office(pingFacts('192.168.1.20', {arp: [arped('192.168.1.20', [], stopped)]}))
    expect(await roundTrip(snapshot)).toEqual({ok: true, snapshot: JSON.parse(snapshotText(snapshot))})
  })

  it('with a port that has no hardware address (a WireGuard port: sysfs gives an empty address), as the nics collector reads it', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'netdoc-round-trip-'))
    cpSync(fixtureTree('vm-virtio'), scratch, {recursive: true, verbatimSymlinks: true})
    const wg0 = join(scratch, 'sys/devices/virtual/net/wg0')
    mkdirSync(wg0, {recursive: true})
    for (const [name, text] of Object.entries({address: '\n', flags: '0x90\n', operstate: 'unknown\n', type: '65534\n', carrier: '1\n'}))
      writeFileSync(join(wg0, name), text)
    symlinkSync('../../devices/virtual/net/wg0', join(scratch, 'sys/class/net/wg0'))
    process.env.NETDOC_ROOT = scratch
    const snapshot = await collectNicsSnapshot()
    expect(snapshot.nics?.ports.find(port => port.name === 'wg0')?.mac).toBe('')
    expect(await roundTrip(snapshot)).toEqual({ok: true, snapshot: JSON.parse(snapshotText(snapshot))})
  })

  it('still refuses a port address that is neither a MAC nor empty', async () => {
    const snapshot = office(pingFacts('192.168.1.20'))
    const text = snapshotText(snapshot).replace(/"mac": "[^"]*"/, '"mac": "wg0"')
    expect(await parseSnapshotText(text, 's.json')).toEqual({
      ok: false,
      error: expect.stringContaining('s.json is damaged: nics.ports.0.mac: not a MAC address'),
    })
  })
})
