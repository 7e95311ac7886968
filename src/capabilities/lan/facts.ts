// The facts `netdoc lan` learns about the LAN this machine is really on: leases, DHCP offers, what the cable carries, and probes.
// Each type is derived from its schema (src/capabilities/lan/schema.ts); the imports are types only, so zod stays out of start-up.
import type {z} from 'zod'
import type {
  addressLifetime,
  dhcpSighting,
  discover,
  discoverOutcome,
  dnsServerCheck,
  gatewayCheck,
  lanListening,
  lanSchema,
  lanSweep,
  lease,
  leaseSource,
  offer,
  poolHint,
  sweptHost,
} from './schema.js'
import type {ArpProbe} from '../ping/facts.js'

/** AddressLifetime is one IPv4 address of this machine, with the time left on it (DHCP) or none (static). */
export type AddressLifetime = z.output<typeof addressLifetime>

/** LeaseSource names the DHCP client that wrote a lease file. */
export type LeaseSource = z.output<typeof leaseSource>

/** Lease is one lease file's newest lease, with where it was read and when the file was written. */
export type Lease = z.output<typeof lease>

/** DhcpOffer is one OFFER received in answer to netdoc's DISCOVER. */
export type DhcpOffer = z.output<typeof offer>

/** DiscoverOutcome is what became of the DISCOVER: offers, silence, or why it could not be sent. */
export type DiscoverOutcome = z.output<typeof discoverOutcome>

/** DhcpDiscover is netdoc's one DHCPDISCOVER on the chosen port: never followed by a REQUEST, so no lease is taken. */
export type DhcpDiscover = z.output<typeof discover>

/** DhcpSighting is one DHCP message heard on the cable while listening: another client's exchange, or a server's answer. */
export type DhcpSighting = z.output<typeof dhcpSighting>

/** LanListening is what passive listening heard on the chosen port: ARP packets and DHCP messages. */
export type LanListening = z.output<typeof lanListening>

/** DnsServerCheck is one DNS server asked once, and where netdoc learnt of it. */
export type DnsServerCheck = z.output<typeof dnsServerCheck>

/** GatewayCheck is the default gateway of the chosen port, asked by ARP (as root) and by ping. */
export type GatewayCheck = z.output<typeof gatewayCheck>

/** PoolHint is a DHCP pool range that netdoc was told (--pool) or read from a dnsmasq configuration on this machine. */
export type PoolHint = z.output<typeof poolHint>

/** FreeCheck is one candidate static address asked by duplicate address detection (arping -D). */
export type FreeCheck = ArpProbe

/** SweptHost is one device the ARP sweep found in the kernel's neighbour table (or confirmed with arping). */
export type SweptHost = z.output<typeof sweptHost>

/** LanSweep is one bounded ARP sweep of this machine's own subnets, with the makers of the MACs seen. */
export type LanSweep = z.output<typeof lanSweep>

/** LanFacts are everything `netdoc lan` learnt; a part that could not be learnt is null or empty, with a gap saying why. */
export type LanFacts = z.output<typeof lanSchema>
