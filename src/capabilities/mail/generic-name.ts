// Whether a PTR name looks like a provider's generic name for a customer line (the address spelt inside it, `dynamic`, `dsl`,
// `pool`…), which receiving servers score as a dial-up or home connection rather than a mail server.
import {expandedHex, isIpv4} from '../../net/address.js'

/** GENERIC_WORDS are the words providers put in the names of customer addresses. */
export const GENERIC_WORDS = new Set([
  'dynamic',
  'dyn',
  'dynip',
  'dsl',
  'adsl',
  'vdsl',
  'xdsl',
  'pool',
  'dhcp',
  'cable',
  'dial',
  'dialup',
  'dialin',
  'ppp',
  'pppoe',
  'broadband',
  'cpe',
  'client',
  'customer',
  'cust',
  'residential',
  'modem',
  'unassigned',
])

/** spellsAddress tells whether the name holds the address: its IPv4 numbers in either order (203-0-113-25, 25.113.0.203,
 * zero-padded 203000113025), its hex, or an IPv6 address's last 64 bits in hex, or the address with dashes for colons. */
function spellsAddress(name: string, address: string): boolean {
  const plain = name.toLowerCase()
  if (isIpv4(address)) {
    const numbers = address.split('.')
    const orders = [numbers, [...numbers].reverse()]
    const spelt = orders.flatMap(order => [order.join('-'), order.join('.'), order.join('_'), order.map(n => n.padStart(3, '0')).join('')])
    return (
      spelt.some(form => new RegExp(`(^|[^0-9])${form.replace(/\./g, '\\.')}([^0-9]|$)`).test(plain)) ||
      plain.includes(expandedHex(address))
    )
  }
  const hex = expandedHex(address)
  const digits = plain.replace(/[^0-9a-f]/g, '')
  return digits.includes(hex.slice(16)) || plain.includes(address.toLowerCase().replace(/:/g, '-'))
}

/** genericReason says why a PTR name looks generic for `address` ("it spells the address", "it holds the word `dsl`"), or null
 * when it looks like a server's own name. Only the labels left of the last two are read, so a provider's domain (cablecorp.example)
 * does not count. */
export function genericReason(name: string, address: string): string | null {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.')
  const host = labels.slice(0, Math.max(1, labels.length - 2))
  if (spellsAddress(host.join('.'), address)) return 'it spells the address'
  const word = host.flatMap(label => label.split(/[^a-z]+/)).find(token => GENERIC_WORDS.has(token))
  return word ? `it holds the word \`${word}\`` : null
}
