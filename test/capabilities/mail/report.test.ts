// The mail report: the verdict points at the first failing address in the chain's order, most serious first; DNS that could not
// decide gives netdoc.undetermined, never a missing PTR; nothing to check says what to name instead.
import {describe, expect, it} from 'vitest'
import {mailReport} from '../../../src/capabilities/mail/report.js'
import {mailSnapshot, passing, sender} from '../../support/mail.js'

describe('mailReport', () => {
  it('takes the earliest failing address as the verdict, an error before a warning', () => {
    const generic = sender('203.0.113.10', ['dsl-203-0-113-10.example.net'], {'dsl-203-0-113-10.example.net': ['203.0.113.10']})
    const report = mailReport(mailSnapshot([generic, passing(), sender('203.0.113.7', []), sender('203.0.113.8', [])]))
    expect(report.verdict).toMatchObject({id: 'mail.no-ptr', subject: '203.0.113.7'})
    expect(report.findings.map(finding => [finding.id, finding.subject])).toEqual([
      ['mail.no-ptr', '203.0.113.7'],
      ['mail.no-ptr', '203.0.113.8'],
      ['mail.generic-ptr', '203.0.113.10'],
    ])
    expect(report.senders.map(row => row.status)).toEqual(['warning', 'ok', 'failed', 'failed'])
  })

  it('says netdoc.undetermined when DNS was silent, and keeps a decided problem of another address first', () => {
    const silent = mailReport(mailSnapshot([passing(), sender('203.0.113.7', 'no-answer')]))
    expect(silent.verdict.id).toBe('netdoc.undetermined')
    expect(silent.verdict.evidence.join('\n')).toMatch(
      /the PTR of 203\.0\.113\.7 could not be read: 198\.51\.100\.53: no-answer \(ETIMEOUT\)/,
    )
    expect(silent.senders.map(row => row.status)).toEqual(['ok', 'undetermined'])
    const both = mailReport(mailSnapshot([sender('203.0.113.7', 'no-answer'), sender('203.0.113.8', [])]))
    expect(both.findings.map(finding => finding.id)).toEqual(['mail.no-ptr', 'netdoc.undetermined'])
  })

  it('says what to name when there is no public address to check', () => {
    const report = mailReport(mailSnapshot([]))
    expect(report.verdict).toMatchObject({id: 'netdoc.undetermined', title: 'netdoc found no public sending address to check'})
    expect(report.verdict.evidence.join('\n')).toMatch(/holds no public-looking address/)
    expect(report.verdict.next.join('\n')).toMatch(/netdoc mail --headers FILE/)
  })

  it('gives mail.ok when every address passes', () => {
    expect(mailReport(mailSnapshot([passing(), passing('2001:db8:100::25')])).verdict.id).toBe('mail.ok')
  })
})
