// Names a MAC's maker: the system's OUI database where one is installed (read through the host root), else a small built-in table.
import type {HostFiles} from '../host/files.js'
import {isLocallyAdministered, ouiOf, parseOuiDatabase} from '../parse/oui.js'
import {BUILT_IN_OUIS} from './oui-vendors.js'

/** OUI_DATABASES are the OUI files Debian packages install: ieee-data, arp-scan, nmap, Wireshark; the first readable one is used. */
export const OUI_DATABASES = [
  '/usr/share/ieee-data/oui.txt',
  '/usr/share/arp-scan/ieee-oui.txt',
  '/usr/share/nmap/nmap-mac-prefixes',
  '/usr/share/wireshark/manuf',
]

/** VendorBook looks MACs up, and says where its names come from. */
export interface VendorBook {
  source: string
  vendorOf(mac: string): string | null
}

/** loadVendorBook reads the first OUI database installed on the machine; without one, the built-in table of common makers stands in. */
export function loadVendorBook(files: HostFiles): VendorBook {
  for (const path of OUI_DATABASES) {
    const file = files.read(path)
    if (!file.ok) continue
    const book = parseOuiDatabase(file.text)
    if (book.ok) return {source: path, vendorOf: mac => lookUp(book.value, mac)}
  }
  const builtIn = new Map(Object.entries(BUILT_IN_OUIS))
  return {source: "netdoc's built-in table of common makers (install ieee-data for every maker)", vendorOf: mac => lookUp(builtIn, mac)}
}

function lookUp(book: Map<string, string>, mac: string): string | null {
  return (
    book.get(ouiOf(mac)) ??
    BUILT_IN_OUIS[ouiOf(mac)] ??
    (isLocallyAdministered(mac) ? 'no maker: a made-up MAC (VM, container or private Wi-Fi address)' : null)
  )
}
