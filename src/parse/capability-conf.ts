// Parses pam_cap's /etc/security/capability.conf: one `IAB WHO…` line per rule, the first line naming the user (by name, `@group`
// or `*`) wins, as pam_cap's read_capabilities_for_user reads it; and the IAB text itself (cap_iab_from_text).
import {CAPABILITY_NAMES, capabilityBit} from '../explain/capabilities.js'

/** CapabilityConfLine is one rule: its line number and text (blanks as one space), the capabilities (IAB text, `all` or `none`) and who it names. */
export interface CapabilityConfLine {
  line: number
  text: string
  iab: string
  who: string[]
}

/** parseCapabilityConf reads the file's rules; comments, blank lines and a line naming nobody are skipped, as pam_cap skips them. */
export function parseCapabilityConf(text: string): CapabilityConfLine[] {
  return text.split('\n').flatMap((raw, index) => {
    const words = raw.trim().split(/\s+/).filter(Boolean)
    if (words.length < 2 || words[0]!.startsWith('#')) return []
    return [{line: index + 1, text: words.join(' '), iab: words[0]!, who: words.slice(1)}]
  })
}

/** matchingLine is the first rule that names the user, one of its groups, or `*` (pam_cap stops at the first). */
export function matchingLine(lines: readonly CapabilityConfLine[], user: string, groups: readonly string[]): CapabilityConfLine | null {
  return (
    lines.find(entry => entry.who.some(who => who === '*' || who === user || (who.startsWith('@') && groups.includes(who.slice(1))))) ??
    null
  )
}

/** Iab is what a rule's IAB text does: `all` changes nothing, `none` empties the inheritable set, otherwise each name goes into
 * the inheritable set (`^name` also into the ambient set, `!name` out of the bounding set); `unknown` holds words that are no
 * capability (pam_cap then sets nothing at all). */
export interface Iab {
  special: 'all' | 'none' | null
  inheritable: string[]
  ambient: string[]
  dropped: string[]
  unknown: string[]
}

/** readIab reads IAB text (`cap_dac_read_search`, `^cap_net_raw,!cap_sys_admin`, `all`, `none`). */
export function readIab(text: string): Iab {
  const iab: Iab = {special: null, inheritable: [], ambient: [], dropped: [], unknown: []}
  if (text === 'all' || text === 'none') return {...iab, special: text}
  for (const word of text.toLowerCase().split(',').filter(Boolean)) {
    const prefix = /^[!^%]*/.exec(word)![0]
    const name = word.slice(prefix.length)
    const bit = /^\d+$/.test(name) ? Number(name) : capabilityBit(name)
    if (bit === null) {
      iab.unknown.push(word)
      continue
    }
    const known = CAPABILITY_NAMES[bit] ?? name
    if (prefix.includes('!')) iab.dropped.push(known)
    if (prefix.includes('^')) iab.ambient.push(known)
    if (prefix.includes('^') || prefix.includes('%') || prefix === '') iab.inheritable.push(known)
  }
  return iab
}
