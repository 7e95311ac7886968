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

/** capabilityBit is a capability's number from its name (`cap_net_raw` → 13, any case), or null for a name Linux does not have. */
export function capabilityBit(name: string): number | null {
  const bit = (CAPABILITY_NAMES as readonly string[]).indexOf(name.toLowerCase())
  return bit === -1 ? null : bit
}

/** CapabilitySets are the three sets libcap prints, as bit masks. */
export interface CapabilitySets {
  effective: bigint
  inheritable: bigint
  permitted: bigint
}

/** EFF, PER and INH are libcap's bits for a capability's state (LIBCAP_EFF, LIBCAP_PER, LIBCAP_INH), which also order its clauses. */
const EFF = 1
const PER = 2
const INH = 4

function flagLetters(state: number): string {
  return `${state & EFF ? 'e' : ''}${state & INH ? 'i' : ''}${state & PER ? 'p' : ''}`
}

/** capabilityText writes capability sets as libcap's cap_to_text (what `getcap` and `getpcaps` print): the most common state of
 * the known capabilities is the base (`=ep`, or nothing when it is none), then one clause per other state, highest state first, its
 * capabilities in number order with `+` for the flags the base lacks and `-` for those it has (`cap_net_raw=ep`,
 * `=ep cap_sys_admin-ep`, `cap_kill=ip cap_net_raw+i cap_chown+p`); bits without a name print as their number. */
export function capabilityText(sets: CapabilitySets): string {
  const all = sets.effective | sets.inheritable | sets.permitted
  const highest = all === 0n ? 0 : all.toString(2).length
  const count = Math.max(CAPABILITY_NAMES.length, highest)
  const stateOf = (bit: number) => {
    const has = (mask: bigint) => ((mask >> BigInt(bit)) & 1n) === 1n
    return (has(sets.effective) ? EFF : 0) | (has(sets.permitted) ? PER : 0) | (has(sets.inheritable) ? INH : 0)
  }
  const states = Array.from({length: count}, (_, bit) => stateOf(bit))
  const histogram = Array.from({length: 8}, (_, state) => states.filter(s => s === state).length)
  let base = 7
  for (let state = 6; state >= 0; state--) if (histogram[state]! >= histogram[base]!) base = state
  const clauses: string[] = base === 0 ? [] : [`=${flagLetters(base)}`]
  for (let state = 7; state >= 0; state--) {
    if (state === base || histogram[state] === 0) continue
    const names = states.flatMap((s, bit) => (s === state ? [CAPABILITY_NAMES[bit] ?? String(bit)] : []))
    const raised = state & ~base
    const lowered = base & ~state
    const operators = `${raised ? `+${flagLetters(raised)}` : ''}${lowered ? `-${flagLetters(lowered)}` : ''}`
    clauses.push(`${names.join(',')}${base === 0 && clauses.length === 0 ? operators.replace(/^\+/, '=') : operators}`)
  }
  return clauses.length === 0 ? '=' : clauses.join(' ')
}
