// Redacts free text (log lines, command output, configuration): known forms first, then every address, MAC, e-mail and host name it finds.
import {isAddressText, maskAddressText, maskIpv4, maskIpv6, maskReverseName} from './addresses.js'
import {isEdidHex, maskEdidBytes, maskEdidHex} from './edid.js'
import {knownMacSpellings, maskHardwareText} from './hardware.js'
import {LOG_FORMS, maskFound, type Known, type ValueKind} from './log-forms.js'
import type {MaskBook} from './mask-book.js'
import {encodesIpv4, looksLikeHostName, maskName, maskUser} from './names.js'
import {escapeRegExp} from '../text/patterns.js'

const HOLD_START = '\uE000'
const HOLD_END = '\uE001'
const HOLD_DIGIT_BASE = 0xe100
const HOLD_DIGITS = 0x1700
const HELD = /\uE000([\uE100-\uF7FF]+)\uE001/g

/** Holds keeps masks out of the later passes: a held mask sits in the text as private-use characters until restore (U+E000/U+E001 in the input itself become U+FFFD). */
class Holds {
  private readonly values: string[] = []

  hold(value: string): string {
    let index = this.values.push(value) - 1
    let digits = ''
    do {
      digits = String.fromCharCode(HOLD_DIGIT_BASE + (index % HOLD_DIGITS)) + digits
      index = Math.floor(index / HOLD_DIGITS)
    } while (index > 0)
    return HOLD_START + digits + HOLD_END
  }

  restore(text: string): string {
    return text.replace(HELD, (_, digits: string) => {
      const index = [...digits].reduce((total, digit) => total * HOLD_DIGITS + digit.charCodeAt(0) - HOLD_DIGIT_BASE, 0)
      return this.values[index] ?? ''
    })
  }
}

const EMAIL = String.raw`(?<email>(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)`
const COLON_HEX = String.raw`(?<colon>(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,31}[0-9A-Fa-f]{0,4}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?:%[\w.-]+)?(?:/\d{1,3})?(?![\w:]|\.\d))`
const DASH_MAC = String.raw`(?<dash>(?<![\w-])[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}(?![\w-]))`
const REVERSE_V4 = String.raw`(?<reverse>(?<![\w.])(?:\d{1,3}\.){1,4}in-addr\.arpa(?![\w-]|\.\w))`
const IPV4 = String.raw`(?<ipv4>(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?!\w|\.\d))`
const WORD = String.raw`(?<word>(?<![\w.-])(?:[\w-]+(?:\.[\w-]+)+|[\w-]*\d[-_]\d[\w-]*))`
const TOKEN = new RegExp([EMAIL, COLON_HEX, DASH_MAC, REVERSE_V4, IPV4, WORD].join('|'), 'g')
const INNER_IPV4 = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)/g
const VERSION_BEFORE = /(?:\bX Server|\b[Vv]ersion:?|\bver\.?)\s*$/
const SYSTEMD_UNIT = /\.(?:service|socket|target|timer|mount|automount|path|slice|scope|device|swap)$/
const UNSEPARATED_MAC = /[0-9A-Fa-f]{12}|[0-9A-Fa-f]{2} [0-9A-Fa-f]{2} [0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/
const XORG_EDID_DUMP = /(EDID \(in hex\):[^\n]*\n)((?:[^\n]*?[0-9a-f]{32}[ \t]*(?:\n|$))+)/g

/** TokenGroups are the named groups of one TOKEN match. */
type TokenGroups = Partial<Record<'email' | 'colon' | 'dash' | 'reverse' | 'ipv4' | 'word', string>>

/** Spellings are known originals, each with its mask, and one pattern finding any of them as a whole word. */
interface Spellings {
  pattern: RegExp
  masks: Map<string, string>
}

/** spellingsOf builds the pattern for a set of known spellings, longest first; null when there are none. */
function spellingsOf(masks: Map<string, string>, flags: string): Spellings | null {
  if (masks.size === 0) return null
  const keys = [...masks.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  return {pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${keys.join('|')})(?![\\p{L}\\p{N}_])`, flags), masks}
}

/** TextRedaction redacts text with one book of masks and the names and Wi-Fi names learned so far. */
export class TextRedaction {
  private ssidCache: {key: string; spellings: Spellings | null} | null = null
  private macCache: {key: string; spellings: Spellings | null} | null = null
  private nameCache: {key: string; spellings: Spellings | null} | null = null

  /** learning skips masking what is already known: a learning pass only needs to see every original. */
  constructor(
    private readonly book: MaskBook,
    private readonly known: Known,
    private readonly learning = false,
  ) {}

  /** found masks one value of a known kind, as a field holding a host name or a Wi-Fi name gives it. */
  found(kind: ValueKind, value: string): string {
    return maskFound(this.book, this.known, kind, value)
  }

  /** redact masks everything secret in one text; an EDID written as hex gets its serials masked. */
  redact(text: string): string {
    if (isEdidHex(text)) return maskEdidHex(this.book, text)
    const holds = new Holds()
    let out = text.replace(/[\uE000\uE001]/g, '\uFFFD')
    out = this.maskXorgEdidDumps(out)
    for (const form of LOG_FORMS)
      out = out.replace(form.pattern, (match: string, before: string, value: string, after: unknown) =>
        value.includes(HOLD_START)
          ? match
          : before + holds.hold(maskFound(this.book, this.known, form.kind, value)) + (typeof after === 'string' ? after : ''),
      )
    if (!this.learning) out = this.maskKnownSpellings(out, holds)
    out = this.maskTokens(out, holds)
    if (!this.learning) out = this.maskKnownNames(out, holds)
    return holds.restore(out)
  }

  /** maskXorgEdidDumps masks the serials in the EDID hex dumps the X server writes to its log (32 hex digits a line). */
  private maskXorgEdidDumps(text: string): string {
    return text.replace(XORG_EDID_DUMP, (_match, heading: string, dump: string) => {
      const lines = dump.split('\n')
      const hex = lines.map(line => /([0-9a-f]{32})[ \t]*$/.exec(line)?.[1] ?? '').join('')
      const masked = Buffer.from(maskEdidBytes(this.book, new Uint8Array(Buffer.from(hex, 'hex')))).toString('hex')
      let at = 0
      const rewritten = lines.map(line =>
        line.replace(/[0-9a-f]{32}([ \t]*)$/, (_found, tail: string) => {
          const chunk = masked.slice(at, at + 32)
          at += 32
          return chunk + tail
        }),
      )
      return heading + rewritten.join('\n')
    })
  }

  /** maskKnownSpellings masks known Wi-Fi names wherever they stand as whole words (also as wpa_supplicant hex dumps) and known MACs written bare, dotted or as a hex dump. */
  private maskKnownSpellings(text: string, holds: Holds): string {
    const ssids = this.ssidSpellings()
    let out = ssids === null ? text : text.replace(ssids.pattern, found => holds.hold(ssids.masks.get(found) ?? found))
    const macs = this.macSpellings()
    if (macs !== null && UNSEPARATED_MAC.test(out))
      out = out.replace(macs.pattern, found => {
        const mask = macs.masks.get(found.toLowerCase()) ?? found
        return holds.hold(/[A-F]/.test(found) ? mask.toUpperCase() : mask)
      })
    return out
  }

  /** maskKnownNames masks the names learned from fields, forms and options wherever they stand as a word (any case), label by label like any name. */
  private maskKnownNames(text: string, holds: Holds): string {
    const key = String(this.known.names.size)
    if (this.nameCache?.key !== key) {
      const names = new Map([...this.known.names].map(name => [name, maskName(this.book, name)]))
      this.nameCache = {key, spellings: spellingsOf(names, 'giu')}
    }
    const names = this.nameCache.spellings
    return names === null
      ? text
      : text.replace(names.pattern, found => holds.hold(names.masks.get(found.toLowerCase()) ?? maskName(this.book, found)))
  }

  private ssidSpellings(): Spellings | null {
    const key = String(this.known.ssids.size)
    if (this.ssidCache?.key !== key) {
      const masks = new Map<string, string>()
      for (const ssid of this.known.ssids) {
        const mask = maskFound(this.book, this.known, 'ssid', ssid)
        if (ssid.length >= 3) masks.set(ssid, mask)
        masks.set([...Buffer.from(ssid, 'utf8')].map(byte => byte.toString(16).padStart(2, '0')).join(' '), mask)
      }
      this.ssidCache = {key, spellings: spellingsOf(masks, 'gu')}
    }
    return this.ssidCache.spellings
  }

  private macSpellings(): Spellings | null {
    const key = String(this.book.size('mac'))
    if (this.macCache?.key !== key) this.macCache = {key, spellings: spellingsOf(knownMacSpellings(this.book), 'giu')}
    return this.macCache.spellings
  }

  /** maskTokens masks every e-mail address, MAC, IP address and host name it finds, holding each mask away from the known-names pass. */
  private maskTokens(text: string, holds: Holds): string {
    return text.replace(TOKEN, (match: string, ...rest: unknown[]) => {
      const masked = this.maskToken(match, rest[rest.length - 1] as TokenGroups, text, rest[rest.length - 3] as number, holds)
      return masked === match ? match : holds.hold(masked)
    })
  }

  private maskToken(match: string, groups: TokenGroups, text: string, offset: number, holds: Holds): string {
    if (groups.email !== undefined) return this.maskEmail(match, holds)
    if (groups.colon !== undefined) return this.maskColonHex(match, text.slice(Math.max(0, offset - 4), offset) === 'MAC=')
    if (groups.dash !== undefined) return maskHardwareText(this.book, match)
    if (groups.ipv4 !== undefined)
      return VERSION_BEFORE.test(text.slice(Math.max(0, offset - 20), offset)) ? match : maskAddressText(this.book, match)
    return this.maskWord(match, text[offset - 1] === '/' && text[offset - 2] !== '/')
  }

  /** maskEmail masks an e-mail address's local part and domain; a systemd unit instance (getty@tty1.service) is not an e-mail. */
  private maskEmail(address: string, holds: Holds): string {
    const at = address.lastIndexOf('@')
    const local = address.slice(0, at)
    const domain = address.slice(at + 1)
    if (SYSTEMD_UNIT.test(domain)) return `${this.maskTokens(local, holds)}@${this.maskTokens(domain, holds)}`
    const maskedDomain = isAddressText(domain) ? maskAddressText(this.book, domain) : maskName(this.book, domain)
    return `${maskUser(this.book, local)}@${maskedDomain}`
  }

  /** maskColonHex masks a colon-separated run: a hardware address (two-digit groups, six or more), else an IPv6 address, else leaves it (times, PCI addresses). */
  private maskColonHex(run: string, netfilter: boolean): string {
    const [, core = run, zone = '', prefix = ''] = /^(.*?)(%[\w.-]+)?(\/\d{1,3})?$/.exec(run) ?? []
    const groups = core.split(':')
    if (!core.includes('::') && groups.length >= 6 && groups.every(group => /^[0-9A-Fa-f]{1,2}$/.test(group)))
      return maskHardwareText(this.book, core, netfilter) + zone + prefix
    return maskIpv6(this.book, core) + zone + prefix
  }

  /** maskWord masks a dotted or dashed word that is a host name: one spelling an address, a reverse-DNS name, or a dotted name with a TLD (not in a path); else only public IPv4 addresses inside it. */
  private maskWord(word: string, inPath: boolean): string {
    const reverse = /\.arpa$/i.test(word) ? maskReverseName(this.book, word) : null
    if (reverse !== null) return reverse
    if (encodesIpv4(word) || (!inPath && looksLikeHostName(word))) return maskName(this.book, word)
    return word.replace(INNER_IPV4, quad => maskIpv4(this.book, quad))
  }
}
