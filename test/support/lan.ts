// Builders for snapshots with a lan section, so lan rule tables read as the LAN they describe.
import type {DhcpOffer, DhcpSighting, LanFacts, Lease} from '../../src/capabilities/lan/facts.js'
import type {Port, Route} from '../../src/capabilities/nics/facts.js'
import type {ArpProbe, PingProbe} from '../../src/capabilities/ping/facts.js'
import {emptySnapshot, type Snapshot} from '../../src/snapshot/snapshot.js'
import {wiredPort} from './ports.js'

/** OFFICE_LAN is the LAN the tables describe: router 192.168.1.1 handing out 192.168.1.100–199, this PC static at 192.168.1.10. */
export const OFFICE_LAN = {router: '192.168.1.1', routerMac: '00:1d:aa:01:02:03', pc: '192.168.1.10', pcMac: '00:1b:21:aa:bb:01'} as const

/** offer is the router's OFFER to netdoc's DISCOVER, changed by `overrides`. */
export function offer(overrides: Partial<DhcpOffer> = {}): DhcpOffer {
  return {
    from: OFFICE_LAN.router,
    serverId: OFFICE_LAN.router,
    yiaddr: '192.168.1.150',
    subnetMask: '255.255.255.0',
    routers: [OFFICE_LAN.router],
    dnsServers: [OFFICE_LAN.router],
    leaseSeconds: 86400,
    domainName: 'lan',
    ms: 12,
    ...overrides,
  }
}

/** heardDhcp is a DHCP message heard on eth0: by default the router ACKing 192.168.1.120 to a phone. */
export function heardDhcp(overrides: Partial<DhcpSighting> = {}): DhcpSighting {
  return {
    dev: 'eth0',
    messageType: 'ACK',
    sourceMac: OFFICE_LAN.routerMac,
    sourceIp: OFFICE_LAN.router,
    serverId: OFFICE_LAN.router,
    clientMac: 'a4:83:e7:11:22:33',
    yiaddr: '192.168.1.120',
    subnetMask: '255.255.255.0',
    routers: [OFFICE_LAN.router],
    dnsServers: [OFFICE_LAN.router],
    requestedAddress: null,
    ...overrides,
  }
}

/** arpProbe is one arping run on eth0, silent unless `overrides` gives MACs. */
export function arpProbe(address: string, overrides: Partial<ArpProbe> = {}): ArpProbe {
  const macs = overrides.macs ?? []
  return {
    address,
    dev: 'eth0',
    outcome: macs.length > 0 ? 'replied' : 'no-reply',
    macs,
    windowMs: 1000,
    line: macs.length > 0 ? `reply from ${macs.join(' and ')}` : '2 ARP request(s) on eth0, no reply in 1.0 s',
    ...overrides,
  }
}

/** pingProbe is a ping of `address` that got replies, or none with `answered` false. */
export function pingProbe(address: string, answered = true): PingProbe {
  return {
    address,
    argv: ['ping', '-n', '-c', '2', '--', address],
    outcome: answered ? 'reply' : 'no-reply',
    sent: 2,
    received: answered ? 2 : 0,
    lossPercent: answered ? 0 : 100,
    rtt: null,
    line: answered ? `64 bytes from ${address}: icmp_seq=1 ttl=64 time=0.4 ms` : '2 packets transmitted, 0 received, 100% packet loss',
  }
}

/** lease is a dhclient lease of eth0 from the router, changed by `overrides`. */
export function lease(overrides: Partial<Lease> = {}): Lease {
  return {
    dev: 'eth0',
    address: '192.168.1.150',
    subnetMask: '255.255.255.0',
    routers: [OFFICE_LAN.router],
    dnsServers: [OFFICE_LAN.router],
    serverId: OFFICE_LAN.router,
    leaseSeconds: 86400,
    domainName: null,
    expires: '2099-01-01T00:00:00.000Z',
    source: 'dhclient',
    path: '/var/lib/dhcp/dhclient.eth0.leases',
    writtenAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  }
}

/** lanFacts is a healthy LAN seen from eth0 with the static address 192.168.1.10/24: the router offers, answers, and serves DNS. */
export function lanFacts(overrides: Partial<LanFacts> = {}): LanFacts {
  return {
    dev: 'eth0',
    devReason: 'it carries the default route (via 192.168.1.1)',
    addresses: [{dev: 'eth0', cidr: `${OFFICE_LAN.pc}/24`, dynamic: false, validSeconds: null}],
    leases: [],
    discover: {
      dev: 'eth0',
      mac: OFFICE_LAN.pcMac,
      source: OFFICE_LAN.pc,
      outcome: 'offers',
      reason: null,
      windowMs: 3500,
      offers: [offer()],
    },
    listening: {devs: ['eth0'], ms: 3500, arp: [], dhcp: []},
    duplicates: [arpProbe(OFFICE_LAN.pc)],
    gateway: {
      gateway: OFFICE_LAN.router,
      dev: 'eth0',
      arp: arpProbe(OFFICE_LAN.router, {macs: [OFFICE_LAN.routerMac]}),
      ping: pingProbe(OFFICE_LAN.router),
    },
    dns: [
      {
        server: OFFICE_LAN.router,
        sources: ['/etc/resolv.conf'],
        answer: {server: OFFICE_LAN.router, name: 'netdoc-check.invalid', outcome: 'nxdomain', addresses: [], ms: 3, code: 'ENOTFOUND'},
      },
    ],
    poolHints: [],
    freeChecks: [],
    neighbours: [],
    ...overrides,
  }
}

/** lanSnapshot is a snapshot whose PC has eth0 (with the lan facts' addresses) and a default route via the router. */
export function lanSnapshot(facts: Partial<LanFacts> = {}, ports?: Port[], routes?: Route[]): Snapshot {
  const lan = lanFacts(facts)
  const eth0 = wiredPort({mac: OFFICE_LAN.pcMac, addresses: lan.addresses.filter(entry => entry.dev === 'eth0').map(entry => entry.cidr)})
  return {
    ...emptySnapshot(),
    collectedAt: '2026-11-26T12:00:00.000Z',
    nics: {ports: ports ?? [eth0], routes: routes ?? [{destination: 'default', gateway: OFFICE_LAN.router, dev: 'eth0', linkdown: false}]},
    lan,
  }
}
