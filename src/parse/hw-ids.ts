// Looks up vendor and model names in the pci.ids / usb.ids text format.

/** HardwareName is a vendor name and, when known, the model's. */
export interface HardwareName {
  vendor: string
  model: string | null
}

function lineAfter(text: string, from: number, prefix: string, stopAtVendor: boolean): string | null {
  let at = from
  while (at < text.length) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end === -1 ? text.length : end)
    if (stopAtVendor && at > from && /^[0-9a-f]{4}\s/.test(line)) return null
    if (line.startsWith(prefix)) return line.slice(prefix.length).trim()
    if (end === -1) return null
    at = end + 1
  }
  return null
}

/** lookupHardwareName finds vendor and device (4 hex digits each) in pci.ids or usb.ids text. */
export function lookupHardwareName(idsText: string, vendorId: string, deviceId: string | null): HardwareName | null {
  const vendorKey = `\n${vendorId.toLowerCase()}  `
  const vendorAt = idsText.indexOf(vendorKey)
  if (vendorAt === -1) return null
  const vendorLineEnd = idsText.indexOf('\n', vendorAt + 1)
  const vendor = idsText.slice(vendorAt + vendorKey.length, vendorLineEnd === -1 ? undefined : vendorLineEnd).trim()
  if (!deviceId || vendorLineEnd === -1) return {vendor, model: null}
  const model = lineAfter(idsText, vendorLineEnd + 1, `\t${deviceId.toLowerCase()}  `, true)
  return {vendor, model}
}
