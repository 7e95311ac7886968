// A snapshot taken with `--mail --redact` keeps its verdict: addresses and names are masked consistently, so a PTR name still
// resolves back to its (masked) address, and the hop that fails is still the one named.
import {describe, expect, it} from 'vitest'
import {mailReport} from '../../../src/capabilities/mail/report.js'
import type {Snapshot} from '../../../src/snapshot/snapshot.js'
import {redactSnapshot} from '../../../src/redact/snapshot.js'
import {mailSnapshot, sender} from '../../support/mail.js'

// The seed's real addresses and a made-up name of the kind a church's server has.
const SERVER = '2001:41c8:10a:400::1'
const PHONE = '2a01:348:1af:0:1571:f2fc:1a42:9b38'
const NAME = 'jade.st-columbas-example.org.uk'

async function redacted(snapshot: Snapshot): Promise<{after: Snapshot; text: string}> {
  const result = await redactSnapshot(snapshot, [])
  if (!result.ok) throw new Error(result.error)
  return {after: result.snapshot, text: JSON.stringify(result.snapshot)}
}

describe('a redacted mail section', () => {
  it("keeps the seed's verdict, the phone's hop failing and the server passing, with no address or name left", async () => {
    const snapshot = mailSnapshot([
      sender(PHONE, [], {}, {source: 'hop', hop: 1, label: `hop 1 (from [${PHONE}] by ${NAME})`}),
      sender(SERVER, [NAME], {[NAME]: [SERVER, '81.2.69.142']}, {source: 'rejection', label: 'the address the receiving server refused'}),
    ])
    const before = mailReport(snapshot)
    const {after, text} = await redacted(snapshot)
    const report = mailReport(after)
    expect(report.verdict.id).toBe(before.verdict.id)
    expect(report.senders.map(row => row.status)).toEqual(['failed', 'ok'])
    for (const secret of [SERVER, PHONE, NAME, 'st-columbas', '81.2.69.142']) expect(text).not.toContain(secret)
  })
})
