// parseSnapshotText: a snapshot file is checked before replay, and every kind of bad file gets its own one-line reason.
import {describe, expect, it} from 'vitest'
import {MAX_DEPTH, MAX_ITEMS, MAX_TEXT} from '../../src/snapshot/json-bounds.js'
import {checkSnapshotText, parseSnapshotText} from '../../src/snapshot/load.js'
import {validateSnapshot} from '../../src/snapshot/schema.js'
import {emptySnapshot} from '../../src/snapshot/snapshot.js'
import {displaysSnapshot, output} from '../support/displays.js'
import {lanSnapshot, lease as leaseOf} from '../support/lan.js'
import {portsSnapshot, wiredPort} from '../support/ports.js'
import {msTaken} from '../support/timing.js'

const good = JSON.stringify(
  portsSnapshot(
    [wiredPort({addresses: ['192.168.0.5/24']})],
    [{destination: 'default', gateway: '192.168.0.1', dev: 'eth0', linkdown: false}],
  ),
)

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

/** withKey writes `good` with `key: value` added to the object at `path` (a key added as JSON text, so "__proto__" stays a key). */
function withKey(path: (string | number)[], key: string, value: string): string {
  const snapshot = JSON.parse(good)
  let node = snapshot
  for (const step of path) node = node[step]
  node.marker = 'HERE'
  return JSON.stringify(snapshot).replace('"marker":"HERE"', `${JSON.stringify(key)}:${value}`)
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`
}

// Files a stranger could send: each is refused with one line, before the schema (or anything else) acts on it.
describe('parseSnapshotText on hostile files', () => {
  it.each([
    ['a __proto__ key at the top level', withKey([], '__proto__', '{"polluted": 1}'), 'a key named "__proto__" (at __proto__)'],
    [
      'a __proto__ key inside a port',
      withKey(['nics', 'ports', 0], '__proto__', '{"polluted": 1}'),
      'a key named "__proto__" (at nics.ports.0.__proto__)',
    ],
    [
      'a constructor key',
      withKey(['nics'], 'constructor', '{"prototype": {"polluted": 1}}'),
      'a key named "constructor" (at nics.constructor)',
    ],
    ['a prototype key', withKey(['nics', 'routes', 0], 'prototype', '{"polluted": 1}'), 'a key named "prototype"'],
    [
      `nesting deeper than ${MAX_DEPTH} levels where nothing is read`,
      withKey([], 'extra', nested(MAX_DEPTH + 1)),
      `nests deeper than ${MAX_DEPTH} levels (at extra.0.0.0.0.0.0.0.…)`,
    ],
    [
      'a million levels of nesting in the gaps',
      good.replace('"gaps":[]', `"gaps":${nested(1_000_000)}`),
      `nests deeper than ${MAX_DEPTH} levels (at gaps.0.0.0.0.0.0.0.…)`,
    ],
    [
      `a list of ${MAX_ITEMS + 1} routes`,
      withKey([], 'nics', JSON.stringify({ports: [], routes: Array.from({length: MAX_ITEMS + 1}, () => JSON.parse(good).nics.routes[0])})),
      `a list of ${MAX_ITEMS + 1} items at nics.routes`,
    ],
    [
      `a text of ${MAX_TEXT + 1} characters`,
      withKey([], 'collectedAt', JSON.stringify('x'.repeat(MAX_TEXT + 1))),
      `a text of ${MAX_TEXT + 1} characters at collectedAt`,
    ],
  ])('refuses %s', async (_kind, text, reason) => {
    const loaded = await parseSnapshotText(text, 's.json')
    expect(loaded).toEqual({ok: false, error: expect.stringContaining(`s.json is refused: `)})
    expect(!loaded.ok && loaded.error).toContain(reason)
    expect(!loaded.ok && loaded.error).not.toMatch(/[\n\r]/)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('leaves Object.prototype alone when the schema reads what JSON.parse made of a __proto__ key (the bounds are not all that stands in the way)', () => {
    const value = JSON.parse(withKey(['nics', 'ports', 0], '__proto__', '{"polluted": 1, "carrier": true}'))
    const checked = validateSnapshot(value)
    expect(checked.ok).toBe(true)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(checked.ok && Object.getPrototypeOf(checked.snapshot.nics!.ports[0])).toBe(Object.prototype)
  })

  it.each([
    ['a version that is a text', good.replace('"version":1', '"version":"1"'), 'version: '],
    ['gaps that are not a list', good.replace('"gaps":[]', '"gaps":{}'), 'gaps: '],
    ['a port that is a number', JSON.stringify({...JSON.parse(good), nics: {ports: [5], routes: []}}), 'nics.ports.0: '],
  ])('refuses %s, naming the field', async (_kind, text, where) => {
    const loaded = await parseSnapshotText(text, 's.json')
    expect(loaded).toEqual({ok: false, error: expect.stringContaining(`s.json is damaged: ${where}`)})
  })

  it.each([
    ['a collection time that is not a time', JSON.stringify({...JSON.parse(good), collectedAt: 'yesterday'}), 'collectedAt: '],
    [
      'a lease ending at a time that is not one',
      JSON.stringify(lanSnapshot({leases: [leaseOf({expires: '9-'})]})),
      'lan.leases.0.expires: ',
    ],
    ['a lease of 10^300 seconds', JSON.stringify(lanSnapshot({leases: [leaseOf({leaseSeconds: 1e300})]})), 'lan.leases.0.leaseSeconds: '],
    [
      'an address of the port that is not in CIDR form',
      JSON.stringify(
        lanSnapshot({addresses: [{dev: 'eth0', cidr: '192.168.1.10', dynamic: false, validSeconds: null}]}, [
          wiredPort({addresses: ['192.168.1.10/24']}),
        ]),
      ),
      'lan.addresses.0.cidr: ',
    ],
    [
      'a pool hint that is not an address',
      JSON.stringify(lanSnapshot({poolHints: [{first: '192.168.1.300', last: '192.168.1.9', source: 'dnsmasq.conf'}]})),
      'lan.poolHints.0.first: ',
    ],
  ])('refuses %s (a report would turn it into a Date or an address and throw)', async (_kind, text, where) => {
    expect(await parseSnapshotText(text, 's.json')).toEqual({ok: false, error: expect.stringContaining(`s.json is damaged: ${where}`)})
  })

  it('refuses 200,000 list items that are empty objects in well under a second, naming the first (zod stops there)', () => {
    const text = JSON.stringify({
      ...JSON.parse(good),
      nics: {ports: Array.from({length: MAX_ITEMS}, () => ({})), routes: Array.from({length: MAX_ITEMS}, () => ({}))},
    })
    expect(msTaken(() => checkSnapshotText(text, 's.json', validateSnapshot), 500)).toBeLessThan(500)
    expect(checkSnapshotText(text, 's.json', validateSnapshot)).toEqual({
      ok: false,
      error: expect.stringContaining('s.json is damaged: nics.ports.0.'),
    })
  })

  it('quotes a key from the file in the one line it refuses the file with (a newline or ESC in it cannot forge a line)', async () => {
    const snapshot = lanSnapshot({
      sweep: {
        subnets: [],
        skipped: [],
        sent: 0,
        ms: 0,
        hosts: [],
        vendors: {'\u001b[2J\nnetdoc: all good': 7 as unknown as string},
        vendorSource: '',
      },
    })
    const loaded = await parseSnapshotText(JSON.stringify(snapshot), 's.json')
    expect(loaded).toEqual({
      ok: false,
      error: expect.stringContaining('s.json is damaged: lan.sweep.vendors."\\u001b[2J\\nnetdoc: all good": '),
    })
    expect(!loaded.ok && loaded.error).not.toMatch(/[\n\r\u001b]/)
  })

  it('never throws from the schema: an EDID of 9 MB hex is an error, not a RangeError from the regular expression engine', () => {
    const huge = displaysSnapshot({outputs: [output({edid: 'ab'.repeat(4_500_000)})]})
    expect(validateSnapshot(huge)).toEqual({ok: true, snapshot: huge})
    expect(validateSnapshot(displaysSnapshot({outputs: [output({edid: `${'ab'.repeat(4_500_000)}g`})]}))).toEqual({
      ok: false,
      error: expect.stringContaining('displays.outputs.0.edid: '),
    })
  })

  it('refuses a file of 2 million nested brackets in well under a second', () => {
    const text = nested(1_000_000)
    expect(msTaken(() => checkSnapshotText(text, 's.json', validateSnapshot), 1000)).toBeLessThan(1000)
    expect(checkSnapshotText(text, 's.json', validateSnapshot)).toEqual({ok: false, error: expect.stringContaining('nests deeper than')})
  })
})
