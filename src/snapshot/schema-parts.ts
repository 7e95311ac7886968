// The pieces every section's schema is built from: text that must be an address, a subnet, a MAC or a date, so that a snapshot
// file whose values are not what netdoc writes is refused when loaded, and no view ever meets an address it cannot read.
import {z} from 'zod'
import {isCidr, isIpAddress, isIpv4, isMac} from '../net/address.js'

/** nullableString is text or null (a fact that was not learnt). */
export const nullableString = z.string().nullable()

/** nullableNumber is a number or null. */
export const nullableNumber = z.number().nullable()

/** strings is a list of text. */
export const strings = z.array(z.string())

/** dateText is a moment as netdoc writes one (ISO 8601, toISOString) that a Date can hold: a view turns it back into a Date,
 * and loose forms Date.parse accepts ("9-") or years past 275760 would make it throw. */
export const dateText = z.iso.datetime({offset: true}).refine(text => !Number.isNaN(Date.parse(text)), {message: 'not a date'})

/** ipv4Text is an IPv4 address in dotted-quad form. */
export const ipv4Text = z.string().refine(isIpv4, {message: 'not an IPv4 address'})

/** ipText is an IPv4 or IPv6 address. */
export const ipText = z.string().refine(isIpAddress, {message: 'not an IP address'})

/** cidrText is an address with its prefix length (192.168.1.10/24), as `ip` prints a port's addresses. */
export const cidrText = z.string().refine(isCidr, {message: 'not an address with a prefix length'})

/** macText is a hardware address (hex pairs joined by colons). */
export const macText = z.string().refine(isMac, {message: 'not a MAC address'})

/** routeDestination is what `ip route` names as a route's destination: default, a subnet, or one address. */
export const routeDestination = z
  .string()
  .refine(text => text === 'default' || isCidr(text) || isIpAddress(text), {message: 'not a route destination'})
