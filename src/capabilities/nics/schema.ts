// The schema of a snapshot's nics section (zod): ports, routes and the kernel's log lines about them, checked when a snapshot
// file is replayed with --from; the types of src/capabilities/nics/facts.ts are derived from it.
import {z} from 'zod'

import {isMac} from '../../net/address.js'
import {cidrText, ipText, nullableNumber, nullableString, routeDestination, strings} from '../../snapshot/schema-parts.js'

/** portMac is what /sys/class/net/<port>/address holds: a MAC, or nothing for a port without one (WireGuard, tun, ppp). */
const portMac = z.string().refine(text => text === '' || isMac(text), {message: 'not a MAC address'})

/** portKind says where a port lives: on the mainboard, on an add-in card, on USB, or in software. */
export const portKind = z.enum(['onboard', 'card', 'usb', 'virtual', 'unknown'])

/** errorCounters are the kernel's packet and error counts for one port since boot. */
export const errorCounters = z.object({
  rxPackets: z.number(),
  txPackets: z.number(),
  rxErrors: z.number(),
  txErrors: z.number(),
  rxCrcErrors: z.number(),
})

/** port is one network port, or an Ethernet controller with no interface (name null). */
export const port = z.object({
  name: nullableString,
  kind: portKind,
  /** kindEvidence is the fact that decided the kind, e.g. "firmware index 1 (acpi_index)". */
  kindEvidence: z.string(),
  /** virtualType names a software port's type (loopback, bridge, veth, tun…), null for hardware. */
  virtualType: nullableString,
  wireless: z.boolean(),
  /** adminUp is whether the port is switched on (IFF_UP); null when unknown. */
  adminUp: z.boolean().nullable(),
  /** carrier is true with a cable (link), false without, null when unknowable (port disabled). */
  carrier: z.boolean().nullable(),
  operstate: nullableString,
  speedMbps: nullableNumber,
  /** maxSpeedMbps is the fastest mode the port supports, from ethtool or the chip table. */
  maxSpeedMbps: nullableNumber,
  duplex: nullableString,
  /** mac is the port's hardware address: '' for a port that has none (WireGuard, tun, ppp), null when unreadable or no interface. */
  mac: portMac.nullable(),
  driver: nullableString,
  busId: nullableString,
  vendorId: nullableString,
  deviceId: nullableString,
  vendor: nullableString,
  model: nullableString,
  addresses: z.array(cidrText),
  carrierUpCount: nullableNumber,
  carrierDownCount: nullableNumber,
  counters: errorCounters.nullable(),
})

/** route is one IPv4 route as the kernel holds it. */
export const route = z.object({destination: routeDestination, gateway: ipText.nullable(), dev: z.string(), linkdown: z.boolean()})

/** kernelLog is the kernel log's lines about this machine's ports, and where they were read. */
export const kernelLog = z.object({source: z.string(), lines: strings})

/** neighbourSource says where an announcement was read: netdoc's own listening (tcpdump), lldpd (lldpcli) or systemd-networkd
 * (networkctl). */
export const neighbourSource = z.enum(['tcpdump', 'lldpcli', 'networkctl'])

/** neighbour is one LLDP or CDP announcement heard on a port (src/parse/discovery-frame.ts decodes it): the switch and its port. */
export const neighbour = z.object({
  dev: z.string(),
  /** source is absent in snapshots from before lldpd and networkd were read: those only listened. */
  source: neighbourSource.default('tcpdump'),
  protocol: z.enum(['lldp', 'cdp']),
  sourceMac: z.string(),
  role: z.enum(['switch', 'router', 'phone', 'access point', 'device']),
  chassisId: nullableString,
  portId: nullableString,
  portDescription: nullableString,
  systemName: nullableString,
  systemDescription: nullableString,
  managementAddresses: strings,
  vlan: nullableNumber,
  poe: nullableString,
  ttlSeconds: nullableNumber,
})

/** neighbours says which ports have an answer (read from lldpd or networkd, or listened on), on which of them netdoc listened
 * itself and for how long, and what each port heard (the first announcement of each device; each says its source). */
export const neighbours = z.object({
  /** answeredOn is absent in snapshots from before lldpd and networkd were read: there it is listenedOn. */
  answeredOn: strings.optional(),
  listenedOn: strings,
  ms: z.number(),
  heard: z.array(neighbour),
})

/** nicsSchema validates the nics section: all ports with their addresses, this machine's routes, and the kernel's lines. */
export const nicsSchema = z.object({
  ports: z.array(port),
  routes: z.array(route),
  /** kernelLog is null when no kernel log could be read (see the snapshot's gaps); absent in snapshots from before it was collected. */
  kernelLog: kernelLog.nullable().optional(),
  /** neighbours is present when asked for (`nics --lldp`), or when lldpd or networkd already knew a switch port: the switch port
   * each port's cable is in. */
  neighbours: neighbours.optional(),
})
