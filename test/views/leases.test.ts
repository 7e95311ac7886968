// leaseEnds on the times a lease file (or a snapshot a stranger sent) may hold: dates, no dates, and times past a Date's range.
import {describe, expect, it} from 'vitest'
import {leaseEnds, leaseIsCurrent} from '../../src/views/leases.js'
import {lease} from '../support/lan.js'

describe('leaseEnds', () => {
  it('is the expiry when the file gives one, else the time written plus the lease time', () => {
    expect(leaseEnds(lease({expires: '2099-01-01T00:00:00.000Z'}))).toBe(Date.parse('2099-01-01T00:00:00.000Z'))
    expect(leaseEnds(lease({expires: null, writtenAt: '2026-11-20T08:00:00.000Z', leaseSeconds: 3600}))).toBe(
      Date.parse('2026-11-20T09:00:00.000Z'),
    )
  })

  it.each([
    ['an expiry that is no date', {expires: '<img src=x onerror=alert(1)>'}],
    ['a written time that is no date', {expires: null, writtenAt: 'yesterday', leaseSeconds: 3600}],
    ['a lease time past what a Date holds', {expires: null, writtenAt: '2026-11-20T08:00:00.000Z', leaseSeconds: 1e20}],
  ])('is unknown (null) for %s, so a report counts the lease as current instead of crashing', (_name, overrides) => {
    expect(leaseEnds(lease(overrides))).toBeNull()
    expect(leaseIsCurrent(lease(overrides), '2026-11-26T12:00:00.000Z')).toBe(true)
  })
})
