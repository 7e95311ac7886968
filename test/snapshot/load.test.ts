// parseSnapshotText: a snapshot file is checked before replay, and every kind of bad file gets its own one-line reason.
import {describe, expect, it} from 'vitest'
import {parseSnapshotText} from '../../src/snapshot/load.js'
import {emptySnapshot} from '../../src/snapshot/snapshot.js'
import {portsSnapshot, wiredPort} from '../support/ports.js'

const good = JSON.stringify(portsSnapshot([wiredPort({addresses: ['192.168.0.5/24']})], [{destination: 'default', gateway: '192.168.0.1', dev: 'eth0', linkdown: false}]))

describe('parseSnapshotText', () => {
  it('accepts a snapshot netdoc wrote and returns it unchanged', async () => {
    const loaded = await parseSnapshotText(good, 's.json')
    expect(loaded).toEqual({ok: true, snapshot: JSON.parse(good)})
  })

  it('accepts a snapshot with no sections', async () => {
    expect((await parseSnapshotText(JSON.stringify(emptySnapshot()), 's.json')).ok).toBe(true)
  })

  it.each([
    ['empty', '', 's.json is empty, not a netdoc snapshot'],
    ['truncated', good.slice(0, good.length / 2), 's.json is not valid JSON (corrupt or cut short)'],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004', 's.json is not valid JSON'],
    ['foreign JSON', '{"interfaces": []}', 's.json is JSON, but not a netdoc snapshot'],
    ['a JSON array', '[]', 's.json is JSON, but not a netdoc snapshot'],
    ['newer version', '{"format":"netdoc-snapshot","version":99}', 'made by a newer netdoc (snapshot version 99'],
  ])('refuses a %s file', async (_kind, text, reason) => {
    const loaded = await parseSnapshotText(text, 's.json')
    expect(loaded.ok).toBe(false)
    if (!loaded.ok) {
      expect(loaded.error).toContain(reason)
      expect(loaded.error).not.toContain('\n')
    }
  })

  it('names the damaged field of a file that does not match the schema', async () => {
    const damaged = JSON.parse(good)
    damaged.nics.ports[0].carrier = 'yes'
    const loaded = await parseSnapshotText(JSON.stringify(damaged), 's.json')
    expect(loaded).toMatchObject({ok: false})
    expect(!loaded.ok && loaded.error).toMatch(/^s\.json is damaged: nics\.ports\.0\.carrier: /)
  })
})
