// Reads OUI databases (the MAC prefix → maker tables) in the forms Debian packages ship, and normalises MACs and prefixes.
import {parsed, unparsable, type Parsed} from './parse-result.js'

const ENTRY = /^([0-9A-Fa-f]{2})[:-]?([0-9A-Fa-f]{2})[:-]?([0-9A-Fa-f]{2})\s+(?:\((?:hex|base 16)\)\s+)?(\S.*\S|\S)\s*$/

/** parseOuiDatabase reads 24-bit OUIs from IEEE's oui.txt (`B827EB (base 16) Org`), arp-scan's ieee-oui.txt (`B827EB<TAB>Org`),
 * nmap's nmap-mac-prefixes (`B827EB Org`) and Wireshark's manuf (`B8:27:EB<TAB>Short<TAB>Long`, the long name kept). Longer MA-M and
 * MA-S prefixes are skipped. Text with no entry at all gives an error value. Keys are six lowercase hex digits. */
export function parseOuiDatabase(text: string): Parsed<Map<string, string>> {
  const book = new Map<string, string>()
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue
    const entry = ENTRY.exec(line)
    if (!entry) continue
    const fields = entry[4]!
      .split('\t')
      .map(field => field.trim())
      .filter(Boolean)
    const key = `${entry[1]}${entry[2]}${entry[3]}`.toLowerCase()
    if (!book.has(key)) book.set(key, fields.at(-1)!)
  }
  return book.size > 0 ? parsed(book) : unparsable(text.trim() === '' ? 'OUI database: empty' : 'OUI database: no MAC prefix entries')
}

/** normaliseMac turns a MAC in any common spelling (b8:27:eb:12:34:56, B8-27-EB-12-34-56, b827.eb12.3456, b827eb123456) into
 * lowercase colon form, or null when it is not six octets. */
export function normaliseMac(text: string): string | null {
  const hex = text.trim().toLowerCase().replace(/[:.-]/g, '')
  if (!/^[0-9a-f]{12}$/.test(hex)) return null
  if (!/^([0-9a-f]{1,2}[:.-]){5}[0-9a-f]{1,2}$|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$|^[0-9a-f]{12}$/.test(text.trim().toLowerCase()))
    return null
  return hex.match(/../g)!.join(':')
}

/** ouiOf gives a MAC's first three octets as six lowercase hex digits, the key of an OUI database. */
export function ouiOf(mac: string): string {
  return mac.toLowerCase().replace(/[:.-]/g, '').slice(0, 6)
}

/** isLocallyAdministered tells whether a MAC was made up by software (a VM, a container, a phone's private Wi-Fi address), so no maker owns it. */
export function isLocallyAdministered(mac: string): boolean {
  return (Number.parseInt(ouiOf(mac).slice(0, 2), 16) & 0x02) !== 0
}
