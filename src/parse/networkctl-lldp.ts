// Parses `networkctl --json=short lldp` (systemd 256 and later): the LLDP neighbours systemd-networkd heard on each port.
import {isMac} from '../net/address.js'
import {lldpRole, unknownNeighbour} from '../net/neighbour.js'
import type {PortNeighbour} from './lldpcli-json.js'
import {parsed, unparsable, type Parsed} from './parse-result.js'

type Json = Record<string, unknown>

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((item): item is Json => typeof item === 'object' && item !== null && !Array.isArray(item)) : []
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/** toNeighbour reads one of networkd's neighbours: chassis and port id as strings (the raw bytes beside them are not needed),
 * names, and EnabledCapabilities as LLDP's capability bits. networkd keeps no management address, VLAN or power. */
function toNeighbour(dev: string, entry: Json): PortNeighbour | null {
  const chassisId = text(entry.ChassisID)
  const portId = text(entry.PortID)
  if (chassisId === null && portId === null) return null
  const neighbour = unknownNeighbour('lldp', chassisId !== null && isMac(chassisId) ? chassisId : '', null)
  neighbour.chassisId = chassisId
  neighbour.portId = portId
  neighbour.portDescription = text(entry.PortDescription)
  neighbour.systemName = text(entry.SystemName)
  neighbour.systemDescription = text(entry.SystemDescription)
  if (typeof entry.EnabledCapabilities === 'number') neighbour.role = lldpRole(entry.EnabledCapabilities)
  return {dev, ...neighbour}
}

/** parseNetworkctlLldp reads `{"Neighbors": [{"InterfaceName", "InterfaceIndex", "Neighbors": [{"ChassisID", "PortID", …}]}]}`
 * (`{"Neighbors": []}` when networkd heard nobody); an interface without a name or a neighbour without ids is skipped; text
 * that is not that JSON gives an error value. */
export function parseNetworkctlLldp(output: string): Parsed<PortNeighbour[]> {
  if (output.trim() === '') return unparsable('networkctl lldp: empty output')
  let value: unknown
  try {
    value = JSON.parse(output)
  } catch (error) {
    return unparsable(`networkctl lldp: not valid JSON (${(error as Error).message})`)
  }
  const links = typeof value === 'object' && value !== null ? (value as {Neighbors?: unknown}).Neighbors : undefined
  if (!Array.isArray(links)) return unparsable('networkctl lldp: no "Neighbors" list')
  return parsed(
    objects(links).flatMap(link => {
      const dev = text(link.InterfaceName)
      if (dev === null) return []
      return objects(link.Neighbors)
        .map(entry => toNeighbour(dev, entry))
        .filter((neighbour): neighbour is PortNeighbour => neighbour !== null)
    }),
  )
}
