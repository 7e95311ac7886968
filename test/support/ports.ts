// Builders for snapshots with ports, so rule tables read as the machine they describe.
import type {Port} from '../../src/capabilities/nics/facts.js'
import {emptySnapshot, type Snapshot} from '../../src/snapshot/snapshot.js'
import type {Route} from '../../src/capabilities/nics/facts.js'

/** wiredPort is a switched-on PCI Ethernet port with a cable, changed by `overrides`. */
export function wiredPort(overrides: Partial<Port> = {}): Port {
  return {
    name: 'eth0',
    kind: 'onboard',
    kindEvidence: 'the firmware lists it as an onboard device (acpi_index=1)',
    virtualType: null,
    wireless: false,
    adminUp: true,
    carrier: true,
    operstate: 'up',
    speedMbps: 1000,
    maxSpeedMbps: 1000,
    duplex: 'full',
    mac: '00:1b:21:aa:bb:01',
    driver: 'e1000e',
    busId: '0000:00:19.0',
    vendorId: '8086',
    deviceId: '15b8',
    vendor: 'Intel Corporation',
    model: 'Ethernet Connection (2) I219-V',
    addresses: [],
    carrierUpCount: 1,
    carrierDownCount: 0,
    counters: {rxPackets: 10000, txPackets: 8000, rxErrors: 0, txErrors: 0, rxCrcErrors: 0},
    ...overrides,
  }
}

/** portsSnapshot is a snapshot holding these ports and routes. */
export function portsSnapshot(ports: Port[], routes: Route[] = []): Snapshot {
  return {...emptySnapshot(), nics: {ports, routes}}
}
