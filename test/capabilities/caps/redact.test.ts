// A caps section through snapshot --redact: capability masks, modes and PAM lines are no personal data and stay as they were,
// so the redacted snapshot still validates and gives the same verdict.
import {describe, expect, it} from 'vitest'
import {capsReport} from '../../../src/capabilities/caps/report.js'
import {redactSnapshot} from '../../../src/redact/snapshot.js'
import {BITS, capsSnapshot, mask, processOf, rdiffBackup, userOf} from '../../support/caps.js'

describe('a redacted caps section', () => {
  it('keeps the masks and the verdict', async () => {
    const snapshot = capsSnapshot({
      job: 'backup',
      program: rdiffBackup(),
      process: processOf({inheritable: mask(BITS.dacReadSearch, 40)}),
      user: userOf(),
    })
    const redacted = await redactSnapshot(snapshot, ['backupserver'])
    expect(redacted.ok).toBe(true)
    if (!redacted.ok) return
    expect(redacted.snapshot.caps?.process?.status?.inheritable).toBe(snapshot.caps?.process?.status?.inheritable)
    expect(redacted.snapshot.caps?.program?.steps[2]?.caps).toEqual(snapshot.caps?.program?.steps[2]?.caps)
    expect(capsReport(redacted.snapshot).verdict?.id).toBe(capsReport(snapshot).verdict?.id)
  })
})
