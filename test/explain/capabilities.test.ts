// Capability masks decode to names with the kernel's numbering (include/uapi/linux/capability.h), as `capsh --decode` prints them.
import {describe, expect, it} from 'vitest'
import {CAPABILITY_NAMES, decodeCapabilityMask, describeCapabilityMask} from '../../src/explain/capabilities.js'

describe('capability numbering', () => {
  it('follows include/uapi/linux/capability.h, from cap_chown = 0 to cap_checkpoint_restore = 40', () => {
    const numbered: [string, number][] = [
      ['cap_chown', 0],
      ['cap_dac_override', 1],
      ['cap_dac_read_search', 2],
      ['cap_fowner', 3],
      ['cap_kill', 5],
      ['cap_setuid', 7],
      ['cap_net_bind_service', 10],
      ['cap_net_admin', 12],
      ['cap_net_raw', 13],
      ['cap_sys_module', 16],
      ['cap_sys_ptrace', 19],
      ['cap_sys_admin', 21],
      ['cap_sys_time', 25],
      ['cap_mknod', 27],
      ['cap_setfcap', 31],
      ['cap_mac_admin', 33],
      ['cap_syslog', 34],
      ['cap_wake_alarm', 35],
      ['cap_block_suspend', 36],
      ['cap_audit_read', 37],
      ['cap_perfmon', 38],
      ['cap_bpf', 39],
      ['cap_checkpoint_restore', 40],
    ]
    for (const [name, number] of numbered) expect(CAPABILITY_NAMES.indexOf(name as (typeof CAPABILITY_NAMES)[number]), name).toBe(number)
    expect(CAPABILITY_NAMES).toHaveLength(41)
  })
})

describe('decodeCapabilityMask', () => {
  it('decodes cap_net_admin and cap_net_raw (0x3000), as capsh --decode=0000000000003000 prints', () => {
    expect(decodeCapabilityMask('0000000000003000')).toEqual(['cap_net_admin', 'cap_net_raw'])
  })

  it('decodes cap_net_bind_service alone (0x400), with or without 0x', () => {
    expect(decodeCapabilityMask('0x400')).toEqual(['cap_net_bind_service'])
    expect(decodeCapabilityMask('0000000000000400')).toEqual(['cap_net_bind_service'])
  })

  it("decodes Docker's default set (00000000a80425fb) to the 14 capabilities a container keeps", () => {
    expect(decodeCapabilityMask('00000000a80425fb')).toEqual([
      'cap_chown',
      'cap_dac_override',
      'cap_fowner',
      'cap_fsetid',
      'cap_kill',
      'cap_setgid',
      'cap_setuid',
      'cap_setpcap',
      'cap_net_bind_service',
      'cap_net_raw',
      'cap_sys_chroot',
      'cap_mknod',
      'cap_audit_write',
      'cap_setfcap',
    ])
  })

  it('decodes a full set of an older kernel (0000003fffffffff: 38 capabilities, up to cap_audit_read)', () => {
    const names = decodeCapabilityMask('0000003fffffffff')!
    expect(names).toHaveLength(38)
    expect(names.at(-1)).toBe('cap_audit_read')
  })

  it('decodes every capability of a current kernel (000001ffffffffff)', () => {
    expect(decodeCapabilityMask('000001ffffffffff')).toEqual([...CAPABILITY_NAMES])
  })

  it('gives bits beyond cap_checkpoint_restore as numbers, as capsh does', () => {
    expect(decodeCapabilityMask('0000060000000001')).toEqual(['cap_chown', '41', '42'])
  })

  it('gives an empty list for an empty set, and null for text that is no mask', () => {
    expect(decodeCapabilityMask('0000000000000000')).toEqual([])
    expect(decodeCapabilityMask('zz')).toBeNull()
    expect(decodeCapabilityMask('')).toBeNull()
    expect(decodeCapabilityMask('00000000000000000')).toBeNull()
  })
})

describe('describeCapabilityMask', () => {
  it('says none, lists names, or sums up a full set', () => {
    expect(describeCapabilityMask('0000000000000000')).toBe('none')
    expect(describeCapabilityMask('0000000000003000')).toBe('cap_net_admin,cap_net_raw')
    expect(describeCapabilityMask('000001ffffffffff')).toBe('all 41 capabilities (cap_chown … cap_checkpoint_restore)')
    expect(describeCapabilityMask('ffffffffffffffff')).toMatch(/^all 41 capabilities .* and bits 41,42,.*,63$/)
    expect(describeCapabilityMask('nothex')).toBe('not a capability mask: nothex')
  })
})
