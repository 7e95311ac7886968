// Reads what `netdoc lan find` looks for: a MAC, the first octets of one, an IPv4 address, or words of a maker's name.
import ipaddr from 'ipaddr.js'
import {normaliseMac} from './oui.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** LanQuery is one device to look for. */
export type LanQuery =
  | {kind: 'mac'; mac: string; input: string}
  | {kind: 'mac-prefix'; prefix: string; input: string}
  | {kind: 'ip'; address: string; input: string}
  | {kind: 'vendor'; words: string; input: string}

/** parseLanQuery tells a MAC (any spelling), a MAC prefix (1 to 5 octets with separators, or 6 hex digits), an IPv4 address and a
 * maker's name apart; an option-like or shell-like text is refused, so nothing odd reaches a probe. */
export function parseLanQuery(text: string): Parsed<LanQuery> {
  const input = text.trim()
  if (input === '')
    return unparsable(
      'say what to look for: a MAC (b8:27:eb:12:34:56), its first octets (b8:27:eb), an IPv4 address or a maker (raspberry)',
    )
  if (ipaddr.IPv4.isValidFourPartDecimal(input)) return parsed({kind: 'ip', address: input, input})
  const mac = normaliseMac(input)
  if (mac) return parsed({kind: 'mac', mac, input})
  if (/^[0-9a-f]{2}([:-][0-9a-f]{2}){0,4}[:-]?$/i.test(input) && /[:-]/.test(input))
    return parsed({kind: 'mac-prefix', prefix: input.toLowerCase().replace(/-/g, ':').replace(/:$/, ''), input})
  if (/^[0-9a-f]{6}$/i.test(input)) return parsed({kind: 'mac-prefix', prefix: input.toLowerCase().match(/../g)!.join(':'), input})
  if (/^\d+(\.\d+)*$/.test(input))
    return unparsable(`${JSON.stringify(input)} is not an IPv4 address (four numbers 0–255, e.g. 192.168.1.10)`)
  if (/^[\p{L}\p{N}][\p{L}\p{N} .&,'+_-]{1,47}$/u.test(input)) return parsed({kind: 'vendor', words: input.toLowerCase(), input})
  return unparsable(`${JSON.stringify(input)} is not a MAC, a MAC prefix, an IPv4 address or a maker's name`)
}
