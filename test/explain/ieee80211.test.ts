// IEEE 802.11 reason and status codes decode to the names of the kernel's include/linux/ieee80211.h, and the detail filters
// `{reason|ieee80211-reason}` and `{status|ieee80211-status}` print them with their meaning.
import {describe, expect, it} from 'vitest'
import {fillDetail} from '../../src/explain/explain-text.js'
import {IEEE80211_REASONS, IEEE80211_STATUSES, describeReasonCode, describeStatusCode} from '../../src/explain/ieee80211.js'

describe('the reason codes', () => {
  it('follow enum ieee80211_reasoncode', () => {
    const numbered: [number, string][] = [
      [1, 'WLAN_REASON_UNSPECIFIED'],
      [2, 'WLAN_REASON_PREV_AUTH_NOT_VALID'],
      [3, 'WLAN_REASON_DEAUTH_LEAVING'],
      [4, 'WLAN_REASON_DISASSOC_DUE_TO_INACTIVITY'],
      [6, 'WLAN_REASON_CLASS2_FRAME_FROM_NONAUTH_STA'],
      [7, 'WLAN_REASON_CLASS3_FRAME_FROM_NONASSOC_STA'],
      [8, 'WLAN_REASON_DISASSOC_STA_HAS_LEFT'],
      [9, 'WLAN_REASON_STA_REQ_ASSOC_WITHOUT_AUTH'],
      [14, 'WLAN_REASON_MIC_FAILURE'],
      [15, 'WLAN_REASON_4WAY_HANDSHAKE_TIMEOUT'],
      [16, 'WLAN_REASON_GROUP_KEY_HANDSHAKE_TIMEOUT'],
      [23, 'WLAN_REASON_IEEE8021X_FAILED'],
      [24, 'WLAN_REASON_CIPHER_SUITE_REJECTED'],
      [34, 'WLAN_REASON_DISASSOC_LOW_ACK'],
      [39, 'WLAN_REASON_QSTA_TIMEOUT'],
      [66, 'WLAN_REASON_MESH_CHAN'],
    ]
    for (const [number, constant] of numbered) expect(IEEE80211_REASONS.get(number)?.constant, String(number)).toBe(constant)
    expect(IEEE80211_REASONS.has(12)).toBe(false) // reserved
  })

  it('give each code a name and a meaning', () => {
    for (const table of [IEEE80211_REASONS, IEEE80211_STATUSES])
      for (const [number, {name, meaning}] of table) {
        expect(name.trim().length, String(number)).toBeGreaterThan(3)
        expect(meaning.trim().length, String(number)).toBeGreaterThan(10)
      }
  })
})

describe('the status codes', () => {
  it('follow enum ieee80211_statuscode', () => {
    const numbered: [number, string][] = [
      [0, 'WLAN_STATUS_SUCCESS'],
      [1, 'WLAN_STATUS_UNSPECIFIED_FAILURE'],
      [10, 'WLAN_STATUS_CAPS_UNSUPPORTED'],
      [12, 'WLAN_STATUS_ASSOC_DENIED_UNSPEC'],
      [13, 'WLAN_STATUS_NOT_SUPPORTED_AUTH_ALG'],
      [15, 'WLAN_STATUS_CHALLENGE_FAIL'],
      [16, 'WLAN_STATUS_AUTH_TIMEOUT'],
      [17, 'WLAN_STATUS_AP_UNABLE_TO_HANDLE_NEW_STA'],
      [18, 'WLAN_STATUS_ASSOC_DENIED_RATES'],
      [30, 'WLAN_STATUS_ASSOC_REJECTED_TEMPORARILY'],
      [31, 'WLAN_STATUS_ROBUST_MGMT_FRAME_POLICY_VIOLATION'],
      [40, 'WLAN_STATUS_INVALID_IE'],
      [43, 'WLAN_STATUS_INVALID_AKMP'],
      [46, 'WLAN_STATUS_CIPHER_SUITE_REJECTED'],
      [76, 'WLAN_STATUS_ANTI_CLOG_REQUIRED'],
      [126, 'WLAN_STATUS_SAE_HASH_TO_ELEMENT'],
    ]
    for (const [number, constant] of numbered) expect(IEEE80211_STATUSES.get(number)?.constant, String(number)).toBe(constant)
  })
})

describe('describing a code', () => {
  it('names a reason code and says what it usually means', () => {
    expect(describeReasonCode('15')).toBe('15 (4-way handshake timeout: usually a wrong password)')
    expect(describeReasonCode('3')).toMatch(/^3 \(station is leaving: /)
  })

  it('says what a reason of 0 (none given) and an unnamed code are', () => {
    expect(describeReasonCode('0')).toMatch(/^0 \(no reason code/)
    expect(describeReasonCode('12')).toBe('12 (not a code the standard names)')
  })

  it('names a status code', () => {
    expect(describeStatusCode('16')).toMatch(/^16 \(authentication timeout: /)
    expect(describeStatusCode('0')).toBe('0 (success: the request was accepted)')
  })

  it('leaves text that is not a number as it is', () => {
    expect(describeReasonCode('PREV_AUTH_NOT_VALID')).toBe('PREV_AUTH_NOT_VALID')
    expect(describeStatusCode('-4')).toBe('-4')
  })
})

describe('the detail filters', () => {
  it('print a reason code with its name and meaning', () => {
    expect(fillDetail('reason {reason|ieee80211-reason}', {reason: '15'})).toBe(
      'reason 15 (4-way handshake timeout: usually a wrong password)',
    )
  })

  it('print a status code with its name and meaning', () => {
    expect(fillDetail('{bssid}: status {status|ieee80211-status}', {bssid: '00:00:00:00:00:00', status: '17'})).toMatch(
      /^00:00:00:00:00:00: status 17 \(access point is full: /,
    )
  })

  it('leave a missing group a question mark, and an unknown filter the value', () => {
    expect(fillDetail('reason {reason|ieee80211-reason}', {})).toBe('reason ?')
    expect(fillDetail('{reason|no-such-filter}', {reason: '15'})).toBe('15')
  })
})
