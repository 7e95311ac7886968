// Checks what a person typed as the host to reach, before anything runs: an IPv4 or IPv6 address or a host name.
import ipaddr from 'ipaddr.js'
import type {Target} from '../capabilities/ping/facts.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

export type {Target}

/** TargetKind says what the person named: an IPv4 address, an IPv6 address, or a host name to resolve. */
export type TargetKind = Target['kind']

/** MAX_NAME_LENGTH is the longest host name DNS allows (RFC 1035: 253 characters without the final dot). */
export const MAX_NAME_LENGTH = 253

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const ZONE = /^[A-Za-z0-9_.-]{1,15}$/

function shown(input: string): string {
  return input.length > 40 ? `${JSON.stringify(input.slice(0, 40))}…` : JSON.stringify(input)
}

function checkIpv6(input: string): Parsed<Target> {
  const [address = '', zone] = input.split('%')
  if (!ipaddr.IPv6.isValid(address) || (zone !== undefined && !ZONE.test(zone)))
    return unparsable(`${shown(input)} is not a valid IPv6 address`)
  return parsed({input, kind: 'ipv6'})
}

function checkName(input: string): Parsed<Target> {
  const bad = [...new Set(input.replace(/[A-Za-z0-9.-]/g, ''))]
  if (bad.length > 0)
    return unparsable(
      `${shown(input)} is not a host name: it contains ${bad.map(c => (c === ' ' ? 'a space' : `'${c}'`)).join(', ')}, which a host name cannot have`,
    )
  const name = input.endsWith('.') ? input.slice(0, -1) : input
  const labels = name.split('.')
  const badLabel = labels.find(label => !LABEL.test(label))
  if (badLabel !== undefined) {
    if (badLabel === '') return unparsable(`${shown(input)} is not a host name: it has an empty part between dots`)
    if (badLabel.length > 63)
      return unparsable(`${shown(input)} is not a host name: the part ${shown(badLabel)} is longer than 63 characters`)
    return unparsable(`${shown(input)} is not a host name: the part ${shown(badLabel)} starts or ends with '-'`)
  }
  if (/^\d+$/.test(labels[labels.length - 1]!))
    return unparsable(`${shown(input)} is neither an IPv4 address (four numbers 0-255 separated by dots) nor a host name`)
  return parsed({input, kind: 'name'})
}

/** parseTarget accepts a dotted-quad IPv4 address, an IPv6 address, or an RFC 1123 host name, and refuses everything else
 * (an option-like "-f", shell text, an empty string, an over-long name, "999.1.1.1") with a reason a person can act on. */
export function parseTarget(input: string): Parsed<Target> {
  if (input.trim() === '')
    return unparsable('the host to check is empty: name it, e.g. `netdoc why-no-ping 192.168.1.10` or `netdoc why-no-ping nas.lan`')
  if (input.startsWith('-')) return unparsable(`${shown(input)} starts with '-', so ping would read it as an option, not as a host`)
  const url = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(input)
  if (url) {
    const authority = url[1]!.replace(/^[^@]*@/, '')
    const host = /^\[(.*)\](:\d+)?$/.exec(authority)?.[1] ?? authority.replace(/:\d+$/, '')
    const check = host === '' ? null : parseTarget(host)
    return unparsable(`${shown(input)} is a web address (URL), not a host${check?.ok ? `: give its host part alone, ${host}` : ''}`)
  }
  if (input.length > MAX_NAME_LENGTH + 1)
    return unparsable(`the host name is ${input.length} characters long; a host name has at most ${MAX_NAME_LENGTH}`)
  if (input.includes(':')) return checkIpv6(input)
  if (/^[0-9.]+$/.test(input)) {
    return ipaddr.IPv4.isValidFourPartDecimal(input)
      ? parsed({input, kind: 'ipv4'})
      : unparsable(`${shown(input)} is not a valid IPv4 address: it needs four numbers from 0 to 255 separated by dots`)
  }
  return checkName(input)
}
