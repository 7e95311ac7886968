// The facts about this machine's network ports that `netdoc nics` and the rules read.

/** PortKind says where a port lives: on the mainboard, on an add-in card, on USB, or in software. */
export type PortKind = 'onboard' | 'card' | 'usb' | 'virtual' | 'unknown'

/** ErrorCounters are the kernel's packet and error counts for one port since boot. */
export interface ErrorCounters {
  rxPackets: number
  txPackets: number
  rxErrors: number
  txErrors: number
  rxCrcErrors: number
}

/** Port is one network port, or an Ethernet controller with no interface (name null). */
export interface Port {
  name: string | null
  kind: PortKind
  /** kindEvidence is the fact that decided the kind, e.g. "firmware index 1 (acpi_index)". */
  kindEvidence: string
  /** virtualType names a software port's type (loopback, bridge, veth, tun…), null for hardware. */
  virtualType: string | null
  wireless: boolean
  /** adminUp is whether the port is switched on (IFF_UP); null when unknown. */
  adminUp: boolean | null
  /** carrier is true with a cable (link), false without, null when unknowable (port disabled). */
  carrier: boolean | null
  operstate: string | null
  speedMbps: number | null
  /** maxSpeedMbps is the fastest mode the port supports, from ethtool or the chip table. */
  maxSpeedMbps: number | null
  duplex: string | null
  mac: string | null
  driver: string | null
  busId: string | null
  vendorId: string | null
  deviceId: string | null
  vendor: string | null
  model: string | null
  addresses: string[]
  carrierUpCount: number | null
  carrierDownCount: number | null
  counters: ErrorCounters | null
}

/** Route is one IPv4 route as the kernel holds it. */
export interface Route {
  destination: string
  gateway: string | null
  dev: string
  linkdown: boolean
}

/** KernelLog is the kernel log's lines about this machine's ports, and where they were read. */
export interface KernelLog {
  source: string
  lines: string[]
}

/** NicsFacts are all ports with their addresses, this machine's routes, and what the kernel logged about the ports. */
export interface NicsFacts {
  ports: Port[]
  routes: Route[]
  /** kernelLog is null when no kernel log could be read (see the snapshot's gaps); absent in snapshots from before it was collected. */
  kernelLog?: KernelLog | null
}
