// Converts between X's bus ids (PCI:bus:device:function, in decimal) and the kernel's PCI addresses (0000:01:00.0, in hex).

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0')

/** pciAddress writes a kernel PCI address (domain:bus:device.function, hex) from its numbers. */
export function pciAddress(domain: number, bus: number, device: number, fn: number): string {
  return `${hex(domain, 4)}:${hex(bus, 2)}:${hex(device, 2)}.${fn}`
}

function numbersOf(parts: string[], base: 10 | 16): number[] | null {
  const pattern = base === 10 ? /^\d+$/ : /^[0-9a-f]+$/i
  if (!parts.every(part => pattern.test(part))) return null
  return parts.map(part => Number.parseInt(part, base))
}

function addressFrom(domain: number, bus: number, device: number, fn: number): string | null {
  if (domain > 0xffff || bus > 0xff || device > 0x1f || fn > 7) return null
  return pciAddress(domain, bus, device, fn)
}

function readBusId(text: string, base: 10 | 16): string | null {
  const match = /^\s*pci:(.+)$/i.exec(text)
  if (!match?.[1]) return null
  const [busPart, ...rest] = match[1].trim().split(':')
  if (!busPart || rest.length !== 2) return null
  const [bus, domain = '0'] = busPart.split('@')
  const numbers = numbersOf([domain, bus ?? '', ...rest], base)
  if (!numbers) return null
  const [d, b, dev, fn] = numbers as [number, number, number, number]
  return addressFrom(d, b, dev, fn)
}

/** xBusIdToAddress reads an xorg.conf or X log BusID ("PCI:1:0:0", "PCI:1@0:0:0"; decimal) as a kernel PCI address, or null when malformed. */
export function xBusIdToAddress(busId: string): string | null {
  return readBusId(busId, 10)
}

/** xBusIdReadAsHex reads a BusID's numbers as hexadecimal, the way lspci prints them, for spotting a BusID copied from lspci. */
export function xBusIdReadAsHex(busId: string): string | null {
  return readBusId(busId, 16)
}

/** isPciAddress tells whether text is a kernel PCI address as sysfs names devices (domain:bus:device.function, lower-case hex). */
export function isPciAddress(text: string): boolean {
  return /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/.test(text)
}

/** addressToXBusId writes a kernel PCI address as the BusID xorg.conf expects ("0000:3b:00.0" → "PCI:59:0:0"). */
export function addressToXBusId(address: string): string | null {
  const match = /^([0-9a-f]{4}):([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])$/i.exec(address)
  if (!match) return null
  const [domain, bus, device, fn] = match.slice(1).map(part => Number.parseInt(part ?? '', 16)) as [number, number, number, number]
  return domain === 0 ? `PCI:${bus}:${device}:${fn}` : `PCI:${bus}@${domain}:${device}:${fn}`
}

/** xLogPciToAddress reads the device tuple an X log's "(--) PCI:" line shows: "0:1:5:0" (domain:bus:device:function) or "1@0:0:0" (bus@domain:device:function). */
export function xLogPciToAddress(tuple: string): string | null {
  if (tuple.includes('@')) return xBusIdToAddress(`PCI:${tuple}`)
  const numbers = numbersOf(tuple.split(':'), 10)
  if (!numbers || numbers.length !== 4) return null
  const [domain, bus, device, fn] = numbers as [number, number, number, number]
  return addressFrom(domain, bus, device, fn)
}
