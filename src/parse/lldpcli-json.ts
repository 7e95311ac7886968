// Parses `lldpcli -f json0 show neighbors details`: the switches lldpd has heard on each port, in netdoc's neighbour model.
import {isMac} from '../net/address.js'
import {addPower, medPowerWords, unknownNeighbour, type Neighbour, type NeighbourRole} from '../net/neighbour.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

/** PortNeighbour is a neighbour a daemon (lldpd, systemd-networkd) heard, with the port it heard it on. */
export type PortNeighbour = Neighbour & {dev: string}

type Json = Record<string, unknown>

/** items reads a json0 list; a lone object (the plain "json" shape of a single value) counts as a list of one. */
function items(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is Json => typeof item === 'object' && item !== null && !Array.isArray(item))
}

/** values reads the strings of a json0 leaf list ([{"value": "…"}, …], an id's [{"type": "mac", "value": "…"}] too); plain "json"
 * prints a bare string instead. */
function values(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value])
    .map(item => (typeof item === 'object' && item !== null ? (item as Json).value : item))
    .filter((text): text is string => typeof text === 'string' && text !== '')
}

function first(value: unknown): string | null {
  return values(value)[0] ?? null
}

/** LLDPD_ROLES are lldpd's capability names, in the order netdoc's decoder ranks them (a switch that also routes is a switch). */
const LLDPD_ROLES: [string, NeighbourRole][] = [
  ['Bridge', 'switch'],
  ['Router', 'router'],
  ['Wlan', 'access point'],
  ['Tel', 'phone'],
]

function role(chassis: Json): NeighbourRole {
  const enabled = new Set(
    items(chassis.capability)
      .filter(capability => capability.enabled === true)
      .map(capability => capability.type),
  )
  return LLDPD_ROLES.find(([name]) => enabled.has(name))?.[1] ?? 'device'
}

/** power reads 802.3's power via MDI ("PSE, class 3") and LLDP-MED's extended power (milliwatts), as the frame decoder words them. */
function power(port: Json, med: Json | undefined): string | null {
  let poe: string | null = null
  for (const dot3 of items(port.power)) {
    const kind = first(dot3['device-type'])
    const powerClass = first(dot3.class)
    if (kind === null || powerClass === null) continue
    poe = addPower(poe, `${kind}${dot3.supported === false ? ' (not supported)' : ''}, ${powerClass}`)
  }
  for (const medPower of items(med?.poe)) {
    const milliwatts = Number(first(medPower.power))
    if (Number.isFinite(milliwatts) && milliwatts > 0) poe = addPower(poe, medPowerWords(milliwatts / 1000))
  }
  return poe
}

/** portVlan is the port VLAN id (the 802.1 VLAN lldpd marks `pvid`), else a single VLAN named; null when none. */
function portVlan(entry: Json): number | null {
  const vlans = items(entry.vlan)
  const chosen = vlans.find(vlan => vlan.pvid === true) ?? (vlans.length === 1 ? vlans[0] : undefined)
  const id = Number(chosen?.['vlan-id'])
  return Number.isInteger(id) && id > 0 ? id : null
}

/** protocolOf maps lldpd's "via" (LLDP, CDPv1, CDPv2, EDP, FDP, SONMP) to netdoc's protocols; the others are not netdoc's. */
function protocolOf(via: unknown): Neighbour['protocol'] | null {
  if (via === 'LLDP') return 'lldp'
  if (typeof via === 'string' && via.startsWith('CDP')) return 'cdp'
  return null
}

/** toNeighbour reads one json0 interface entry: a port and the one device lldpd heard on it. */
function toNeighbour(entry: Json): PortNeighbour | null {
  const protocol = protocolOf(entry.via)
  if (typeof entry.name !== 'string' || protocol === null) return null
  const chassis = items(entry.chassis)[0] ?? {}
  const port = items(entry.port)[0] ?? {}
  const chassisId = first(chassis.id)
  const ttl = Number(first(port.ttl))
  const neighbour = unknownNeighbour(protocol, chassisId !== null && isMac(chassisId) ? chassisId : '', Number.isInteger(ttl) ? ttl : null)
  neighbour.role = role(chassis)
  neighbour.chassisId = chassisId
  neighbour.portId = first(port.id)
  neighbour.portDescription = first(port.descr)
  neighbour.systemName = first(chassis.name)
  neighbour.systemDescription = first(chassis.descr)
  neighbour.managementAddresses = values(chassis['mgmt-ip'])
  neighbour.vlan = portVlan(entry)
  neighbour.poe = power(port, items(entry['lldp-med'])[0])
  if (neighbour.chassisId === null && neighbour.portId === null) return null
  return {dev: entry.name, ...neighbour}
}

/** parseLldpcliJson reads `lldpcli -f json0 show neighbors details` (`{"lldp": [{}]}` when lldpd heard nobody); an entry it cannot
 * read (no port name, a protocol netdoc does not model, neither chassis nor port id) is skipped; text that is not lldpcli's JSON
 * gives an error value. */
export function parseLldpcliJson(text: string): Parsed<PortNeighbour[]> {
  if (text.trim() === '') return unparsable('lldpcli: empty output')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return unparsable(`lldpcli: not valid JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || !('lldp' in value)) return unparsable('lldpcli: no "lldp" object')
  const interfaces = items((value as {lldp: unknown}).lldp).flatMap(lldp => items(lldp.interface))
  return parsed(interfaces.map(toNeighbour).filter((neighbour): neighbour is PortNeighbour => neighbour !== null))
}
