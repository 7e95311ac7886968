// parseArping on real iputils arping output: every MAC that answered, the counts, and arping's own complaints.
import {describe, expect, it} from 'vitest'
import {distinctMacs, parseArping} from '../../src/parse/arping.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

// Captured with iputils 20221126 (LC_ALL=C, `arping -b -c 2 -w 1 -I eth0`) inside the project's namespace lab.
const TWO_HOLDERS = `ARPING 192.168.50.1 from 192.168.50.10 eth0
Unicast reply from 192.168.50.1 [B6:89:31:CA:60:40]  0.548ms
Unicast reply from 192.168.50.1 [DE:84:A5:AB:CE:E3]  0.560ms
Sent 1 probes (1 broadcast(s))
Received 2 response(s)
`
const CROSS_SUBNET = `ARPING 192.168.51.20 from 192.168.50.10 eth0
Unicast reply from 192.168.51.20 [A2:9E:B4:82:08:E4]  0.606ms
Sent 2 probes (2 broadcast(s))
Received 1 response(s)
`
const SILENT = `ARPING 192.168.50.99 from 192.168.50.10 eth0
Sent 2 probes (2 broadcast(s))
Received 0 response(s)
`

describe('parseArping', () => {
  it('lists every reply with its MAC in lower case, and the counts', () => {
    const result = parseArping(TWO_HOLDERS, '')
    expect(result).toEqual({
      ok: true,
      value: {
        source: '192.168.50.10',
        replies: [
          {mac: 'b6:89:31:ca:60:40', ms: 0.548},
          {mac: 'de:84:a5:ab:ce:e3', ms: 0.56},
        ],
        sent: 1,
        received: 2,
        problemLine: null,
      },
    })
  })

  it('reads a reply from an address on another subnet', () => {
    expect(parseArping(CROSS_SUBNET, '')).toMatchObject({ok: true, value: {replies: [{mac: 'a2:9e:b4:82:08:e4'}], received: 1}})
  })

  it('reads silence as no replies', () => {
    expect(parseArping(SILENT, '')).toMatchObject({ok: true, value: {replies: [], sent: 2, received: 0}})
  })

  it("keeps arping's complaint", () => {
    expect(parseArping('', 'arping: socket: Operation not permitted\n')).toMatchObject({
      ok: true,
      value: {problemLine: 'arping: socket: Operation not permitted'},
    })
  })

  it('reads output cut short after the first reply (arping stopped early)', () => {
    expect(parseArping(TWO_HOLDERS.split('\n').slice(0, 2).join('\n'), '')).toMatchObject({
      ok: true,
      value: {replies: [{mac: 'b6:89:31:ca:60:40'}], sent: null},
    })
  })

  it.each([
    ['empty', ''],
    ['garbage', 'Segmentation fault'],
  ])('gives an error value for %s output', (_name, text) => {
    expect(parseArping(text, '').ok).toBe(false)
  })
})

describe('distinctMacs', () => {
  it('keeps each MAC once, in the order it first answered', () => {
    expect(
      distinctMacs([
        {mac: 'a', ms: 1},
        {mac: 'b', ms: 1},
        {mac: 'a', ms: 2},
      ]),
    ).toEqual(['a', 'b'])
  })
})

// An input `npm run fuzz` found (minimized): quadratic before the pattern was rewritten.
describe('parseArping on hostile input', () => {
  it('reads a complaint repeating "arping" with no ": " in linear time', () => {
    const stderr = 'arping'.repeat(20_000)
    expect(msTaken(() => parseArping('', stderr))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseArping('', stderr).ok).toBe(false)
    expect(parseArping('', '/usr/sbin/arping: socket: Operation not permitted').ok).toBe(true)
  })
})
