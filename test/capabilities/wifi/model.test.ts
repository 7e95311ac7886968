// The wifi model's small decisions: NetworkManager's strength back in dBm, and how readings a second apart moved.
import {describe, expect, it} from 'vitest'
import {describeSamples, nmStrengthDbm, TREND_DB, trendOf} from '../../../src/capabilities/wifi/model.js'

describe('nmStrengthDbm', () => {
  it("inverts NetworkManager's strength: -100..-40 dBm onto 0..100, clamped", () => {
    expect([0, 25, 50, 100, 120, -5].map(nmStrengthDbm)).toEqual([-100, -85, -70, -40, -40, -100])
  })
})

describe('trendOf', () => {
  it(`calls readings falling or rising only when the last is ${TREND_DB} dB or more from the first`, () => {
    expect(trendOf([])).toBeNull()
    expect(trendOf([-61])).toBeNull()
    expect(trendOf([-71, -74, -78])).toBe('falling')
    expect(trendOf([-78, -75])).toBe('rising')
    expect(trendOf([-61, -63, -59, -62])).toBe('steady')
    expect(trendOf([-70, -70 - TREND_DB])).toBe('falling')
  })
  it('words the readings: "-71 → -78 dBm, falling"', () => {
    expect(describeSamples({samples: [-71, -78], trend: 'falling'})).toBe('-71 → -78 dBm, falling')
    expect(describeSamples({samples: [-71], trend: null})).toBeNull()
  })
})
