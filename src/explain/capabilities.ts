// Linux capability numbers and names, and decoding a hex mask (CapEff: 0000003fffffffff) as `capsh --decode` does.

/** CAPABILITY_NAMES holds the capability names by number, as in include/uapi/linux/capability.h (cap_chown = 0 … cap_checkpoint_restore = 40). */
export const CAPABILITY_NAMES = [
  'cap_chown',
  'cap_dac_override',
  'cap_dac_read_search',
  'cap_fowner',
  'cap_fsetid',
  'cap_kill',
  'cap_setgid',
  'cap_setuid',
  'cap_setpcap',
  'cap_linux_immutable',
  'cap_net_bind_service',
  'cap_net_broadcast',
  'cap_net_admin',
  'cap_net_raw',
  'cap_ipc_lock',
  'cap_ipc_owner',
  'cap_sys_module',
  'cap_sys_rawio',
  'cap_sys_chroot',
  'cap_sys_ptrace',
  'cap_sys_pacct',
  'cap_sys_admin',
  'cap_sys_boot',
  'cap_sys_nice',
  'cap_sys_resource',
  'cap_sys_time',
  'cap_sys_tty_config',
  'cap_mknod',
  'cap_lease',
  'cap_audit_write',
  'cap_audit_control',
  'cap_setfcap',
  'cap_mac_override',
  'cap_mac_admin',
  'cap_syslog',
  'cap_wake_alarm',
  'cap_block_suspend',
  'cap_audit_read',
  'cap_perfmon',
  'cap_bpf',
  'cap_checkpoint_restore',
] as const

/** decodeCapabilityMask lists the capabilities set in a hex mask (with or without 0x); bits without a name come out as their number, as capsh prints them. Null when the text is not a hex mask of at most 64 bits. */
export function decodeCapabilityMask(mask: string): string[] | null {
  const hex = mask.trim().replace(/^0x/i, '')
  if (!/^[0-9a-f]{1,16}$/i.test(hex)) return null
  const bits = BigInt(`0x${hex}`)
  const names: string[] = []
  for (let bit = 0; bit < 64; bit++) {
    if ((bits >> BigInt(bit)) & 1n) names.push(CAPABILITY_NAMES[bit] ?? String(bit))
  }
  return names
}

/** describeCapabilityMask is decodeCapabilityMask as one line: the names, "none", or "all 41 capabilities" when every named one is set. */
export function describeCapabilityMask(mask: string): string {
  const names = decodeCapabilityMask(mask)
  if (names === null) return `not a capability mask: ${mask}`
  if (names.length === 0) return 'none'
  const unnamed = names.filter(name => /^\d+$/.test(name))
  if (names.length - unnamed.length < CAPABILITY_NAMES.length) return names.join(',')
  const all = `all ${CAPABILITY_NAMES.length} capabilities (${CAPABILITY_NAMES[0]} … ${CAPABILITY_NAMES.at(-1)})`
  return unnamed.length === 0 ? all : `${all} and bits ${unnamed.join(',')}`
}
