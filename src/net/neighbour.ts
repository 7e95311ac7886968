// The neighbour model: what a switch, router or phone says of itself in LLDP or CDP, however netdoc learnt it (its own decoder
// of the frames, lldpd, systemd-networkd), and the words every source shares for its role and its power.

/** NeighbourRole is what the announcing device says it is (LLDP's or CDP's enabled capabilities). */
export type NeighbourRole = 'switch' | 'router' | 'phone' | 'access point' | 'device'

/** Neighbour is one device's announcement, as heard on a port: its chassis, the port of it the cable is in, and what else it says. */
export interface Neighbour {
  protocol: 'lldp' | 'cdp'
  sourceMac: string
  role: NeighbourRole
  chassisId: string | null
  portId: string | null
  portDescription: string | null
  systemName: string | null
  systemDescription: string | null
  managementAddresses: string[]
  /** vlan is the port's VLAN (LLDP's 802.1 port VLAN id, CDP's native VLAN), null when not said. */
  vlan: number | null
  /** poe is what it says about power over Ethernet, in words (e.g. "PSE, class 0", "6300 mW"), null when nothing. */
  poe: string | null
  ttlSeconds: number | null
}

/** lldpRole reads the enabled capabilities (IEEE 802.1AB 8.5.8, the TLV's last two bytes: an early draft put a subtype first): bridge,
 * router, telephone, WLAN access point. systemd-networkd's EnabledCapabilities are the same bits. */
export function lldpRole(enabled: number): NeighbourRole {
  if (enabled & 0x04) return 'switch'
  if (enabled & 0x10) return 'router'
  if (enabled & 0x08) return 'access point'
  if (enabled & 0x20) return 'phone'
  return 'device'
}

/** unknownNeighbour is a neighbour heard by a protocol from a MAC, nothing of it decoded yet. */
export function unknownNeighbour(protocol: Neighbour['protocol'], sourceMac: string, ttlSeconds: number | null): Neighbour {
  return {
    protocol,
    sourceMac,
    role: 'device',
    chassisId: null,
    portId: null,
    portDescription: null,
    systemName: null,
    systemDescription: null,
    managementAddresses: [],
    vlan: null,
    poe: null,
    ttlSeconds,
  }
}

/** medPowerWords says LLDP-MED's extended power via MDI in watts (the TLV counts tenths of a watt, lldpcli milliwatts). */
export function medPowerWords(watts: number): string {
  return `${watts.toFixed(1)} W (LLDP-MED)`
}

/** addPower joins what a device says about power (802.3's class, then LLDP-MED's watts) into one phrase, each said once. */
export function addPower(poe: string | null, words: string): string {
  if (poe === null) return words
  return poe.includes(words) ? poe : `${poe}, ${words}`
}
