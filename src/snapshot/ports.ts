// Questions about ports that several rules and views ask: is it hardware, what is its link, how is it named.
import type {Port} from '../capabilities/nics/facts.js'

/** LinkState is what a person would see: a cable in, no cable, the port switched off, or unknown. */
export type LinkState = 'cable' | 'no cable' | 'disabled' | 'unknown'

/** linkState reads the port's link: carrier 1 is a cable, carrier 0 none; an unreadable carrier on a down port is disabled. */
export function linkState(port: Port): LinkState {
  if (port.adminUp === false) return 'disabled'
  if (port.carrier === true) return 'cable'
  if (port.carrier === false) return 'no cable'
  return 'unknown'
}

/** isHardwarePort tells whether a port has a device behind it (a real or VM NIC), with or without an interface. */
export function isHardwarePort(port: Port): boolean {
  return port.virtualType === null
}

/** isWiredPort tells whether a port takes a cable: a wired hardware port with an interface, or a veth (a container's or the lab's cable, whose carrier follows its peer). */
export function isWiredPort(port: Port): port is Port & {name: string} {
  return (isHardwarePort(port) || port.virtualType === 'veth') && port.name !== null && !port.wireless
}

/** configuredAddresses lists the port's IPv4 addresses that a person or DHCP gave it (not loopback, not 169.254). */
export function configuredAddresses(port: Port): string[] {
  return port.addresses.filter(address => /^\d+\.\d+\.\d+\.\d+\//.test(address) && !/^(127|169\.254)\./.test(address))
}

/** configuredIpv6Addresses lists the port's IPv6 addresses that reach beyond the cable (global or unique local; not ::1, not fe80::). */
export function configuredIpv6Addresses(port: Port): string[] {
  return port.addresses.filter(address => address.includes(':') && !/^(::1\/|fe[89ab][0-9a-f]:)/i.test(address))
}

/** describePort names a port the way a person finds it: name, kind, and model. */
export function describePort(port: Port): string {
  const model = [port.vendor, port.model].filter(Boolean).join(' ')
  const where = port.kind === 'unknown' ? 'PCI' : port.kind
  const name = port.name ?? `controller ${port.busId ?? '?'}`
  return model ? `${name} (${where}, ${model})` : `${name} (${where})`
}
