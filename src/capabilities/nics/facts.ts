// The facts about this machine's network ports that `netdoc nics` and the rules read.
// Each type is derived from its schema (src/capabilities/nics/schema.ts); the imports are types only, so zod stays out of start-up.
import type {z} from 'zod'
import type {errorCounters, kernelLog, neighbour, neighbourSource, neighbours, nicsSchema, port, portKind, route} from './schema.js'

/** PortKind says where a port lives: on the mainboard, on an add-in card, on USB, or in software. */
export type PortKind = z.output<typeof portKind>

/** ErrorCounters are the kernel's packet and error counts for one port since boot. */
export type ErrorCounters = z.output<typeof errorCounters>

/** Port is one network port, or an Ethernet controller with no interface (name null). */
export type Port = z.output<typeof port>

/** Route is one IPv4 route as the kernel holds it. */
export type Route = z.output<typeof route>

/** KernelLog is the kernel log's lines about this machine's ports, and where they were read. */
export type KernelLog = z.output<typeof kernelLog>

/** NicsFacts are all ports with their addresses, this machine's routes, and what the kernel logged about the ports. */
export type NicsFacts = z.output<typeof nicsSchema>

/** HeardNeighbour is one LLDP or CDP announcement heard on a port. */
export type HeardNeighbour = z.output<typeof neighbour>

/** NeighbourSource says where an announcement was read: tcpdump (netdoc listened), lldpcli (lldpd) or networkctl (networkd). */
export type NeighbourSource = z.output<typeof neighbourSource>

/** Neighbours are the announcements heard, where they came from and on which ports netdoc listened. */
export type Neighbours = z.output<typeof neighbours>
