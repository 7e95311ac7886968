// The security.capability attribute as getfattr -e hex prints it, decoded, and written back as getcap prints it. The hex values
// and getcap lines were captured together with setcap/getcap/getfattr of libcap 2.66 and attr 2.5.1 (Debian 12).
import {describe, expect, it} from 'vitest'
import {capabilityText} from '../../src/explain/capabilities.js'
import {decodeVfsCap, parseGetfattrHex} from '../../src/parse/vfs-cap.js'
import {fileCapsText} from '../../src/capabilities/caps/report.js'

/** CAPTURED pairs what `getfattr --absolute-names -e hex -n security.capability` printed with what `getcap` printed. */
const CAPTURED: [string, string][] = [
  ['0x0100000200200000000000000000000000000000', 'cap_net_raw=ep'],
  ['0x0000000200200000000000000000000000000000', 'cap_net_raw=p'],
  ['0x0100000200000000002000000000000000000000', 'cap_net_raw=ei'],
  ['0x010000020b000000000000000000000000000000', 'cap_chown,cap_dac_override,cap_fowner=ep'],
  ['0x01000002ffffffff00000000ff01000000000000', '=ep'],
  ['0x01000002ffffdfff00000000ff01000000000000', '=ep cap_sys_admin-ep'],
  ['0x0100000200200000002000000000000000000000', 'cap_net_raw=eip'],
  ['0x0000000200000000ffffffff00000000ff010000', '=i'],
  ['0x0000000200200000010000000000000000000000', 'cap_chown=i cap_net_raw+p'],
  ['0x0000000221000000202000000000000000000000', 'cap_kill=ip cap_net_raw+i cap_chown+p'],
  ['0x00000002ffffffff01000000ff01000000000000', '=p cap_chown+i'],
  ['0x00000002fffffffffeffffffff010000ff010000', '=ip cap_chown-i'],
  ['0x0100000200000000040000000000000000000000', 'cap_dac_read_search=ei'],
]

function decode(hex: string) {
  const bytes = parseGetfattrHex(`# file: /tmp/x\nsecurity.capability=${hex}\n\n`)
  if (!bytes.ok || bytes.value === null) throw new Error('no bytes')
  const caps = decodeVfsCap(bytes.value)
  if (!caps.ok) throw new Error(caps.error)
  return caps.value
}

describe('decodeVfsCap and fileCapsText', () => {
  it.each(CAPTURED)('%s prints as getcap does: %s', (hex, getcap) => {
    expect(fileCapsText(decode(hex))).toBe(getcap)
  })

  it('reads revision 3 with its root user id (setcap -n 1000: getcap -n adds [rootid=1000])', () => {
    expect(decode('0x0100000300200000000000000000000000000000e8030000')).toEqual({
      revision: 3,
      effective: true,
      permitted: '0000000000002000',
      inheritable: '0000000000000000',
      rootid: 1000,
    })
  })

  it('reads revision 1 (32 bits per set)', () => {
    expect(decodeVfsCap(Uint8Array.from([1, 0, 0, 1, 0, 0x20, 0, 0, 0, 0, 0, 0]))).toMatchObject({
      ok: true,
      value: {revision: 1, permitted: '0000000000002000'},
    })
  })

  it.each([
    ['empty', []],
    ['a header only', [1, 0, 0, 2]],
    ['truncated revision 2', [1, 0, 0, 2, 0, 0x20, 0, 0]],
    ['an unknown revision', [1, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['revision 2 too long', [...new Array(24).fill(0).map((_, i) => (i === 3 ? 2 : 0))]],
  ])('gives an error value for %s', (_name, bytes) => {
    expect(decodeVfsCap(Uint8Array.from(bytes)).ok).toBe(false)
  })
})

describe('parseGetfattrHex', () => {
  it('reads no attribute line as no capabilities', () => {
    expect(parseGetfattrHex('')).toEqual({ok: true, value: null})
  })

  it.each(['security.capability=0xzz', 'security.capability=0x123', 'security.capability="cap_net_raw+ep"'])('refuses %j', text => {
    expect(parseGetfattrHex(text).ok).toBe(false)
  })
})

describe('capabilityText', () => {
  it('writes an empty set as =, and a bit without a name as its number', () => {
    expect(capabilityText({effective: 0n, inheritable: 0n, permitted: 0n})).toBe('=')
    expect(capabilityText({effective: 0n, inheritable: 0n, permitted: 1n << 45n})).toBe('45=p')
  })
})
