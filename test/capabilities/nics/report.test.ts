// nicsReport: which ports the default view shows (hardware, the ports traffic leaves by, the ports a finding names) and how many it hides.
import {describe, expect, it} from 'vitest'
import type {Finding} from '../../../src/engine/finding.js'
import {namesPort, nicsReport, portsThatMatter} from '../../../src/capabilities/nics/report.js'
import type {Port} from '../../../src/capabilities/nics/facts.js'
import {office, pingFacts, routeTo} from '../../support/ping.js'
import {portsSnapshot, wiredPort} from '../../support/ports.js'

function softwarePort(name: string, virtualType: string, overrides: Partial<Port> = {}): Port {
  return wiredPort({
    name,
    kind: 'virtual',
    kindEvidence: 'no hardware device behind it',
    virtualType,
    driver: null,
    busId: null,
    vendorId: null,
    deviceId: null,
    vendor: null,
    model: null,
    maxSpeedMbps: null,
    ...overrides,
  })
}

function finding(overrides: Partial<Finding>): Finding {
  return {id: 'nic.example', severity: 'error', title: 'Something is wrong', evidence: [], next: [], ...overrides}
}

const lo = softwarePort('lo', 'loopback', {addresses: ['127.0.0.1/8']})
const veth0 = softwarePort('eth0', 'veth', {addresses: ['172.17.0.2/16']})
const veth1 = softwarePort('eth1', 'veth', {addresses: ['172.18.0.2/16']})
const docker0 = softwarePort('docker0', 'bridge', {carrier: false, addresses: ['172.17.0.1/16']})
const containerRoutes = [
  {destination: 'default', gateway: '172.17.0.1', dev: 'eth0', linkdown: false},
  {destination: '172.17.0.0/16', gateway: null, dev: 'eth0', linkdown: false},
  {destination: '172.18.0.0/16', gateway: null, dev: 'eth1', linkdown: false},
]
const names = (ports: Port[]) => ports.map(port => port.name)

describe('namesPort', () => {
  it("is true for the finding's subject, and for a port named standing alone in its title, evidence or next steps", () => {
    expect(namesPort(finding({subject: 'eth0'}), 'eth0')).toBe(true)
    expect(namesPort(finding({title: 'eth0 has no cable; the cable is in eth1'}), 'eth1')).toBe(true)
    expect(namesPort(finding({evidence: ['eth1 (virtual) has a cable (link up)']}), 'eth1')).toBe(true)
    expect(namesPort(finding({next: ['Or move the configuration to eth1.']}), 'eth1')).toBe(true)
    expect(namesPort(finding({next: ['`ip addr add 172.17.0.2/16 dev eth1`']}), 'eth1')).toBe(true)
  })

  it('is false for a port whose name is only part of a longer name, a MAC, or a word', () => {
    const text = finding({
      title: 'veth1 and eth10 and eth1-peer are down',
      evidence: ['MAC 02:42:ac:12:00:02', 'loss of link'],
      subject: 'eth10',
    })
    expect(namesPort(text, 'eth1')).toBe(false)
    expect(namesPort(text, 'lo')).toBe(false)
    expect(namesPort(text, '00')).toBe(false)
  })
})

describe('portsThatMatter', () => {
  it('keeps every hardware port, with or without an interface, and leaves out software ports nothing points at', () => {
    const controller = wiredPort({name: null, busId: '0000:02:00.0', carrier: null})
    const snapshot = portsSnapshot(
      [wiredPort(), controller, lo, docker0],
      [{destination: '172.17.0.0/16', gateway: null, dev: 'docker0', linkdown: true}],
    )
    expect(portsThatMatter(snapshot, [])).toEqual([wiredPort(), controller])
  })

  it("keeps the software port the default route leaves by (a container's veth, a VPN's tun)", () => {
    expect(names(portsThatMatter(portsSnapshot([lo, veth0, veth1], containerRoutes), []))).toEqual(['eth0'])
    const tun0 = softwarePort('tun0', 'tun')
    expect(
      names(
        portsThatMatter(portsSnapshot([wiredPort(), tun0], [{destination: 'default', gateway: null, dev: 'tun0', linkdown: false}]), []),
      ),
    ).toEqual(['eth0', 'tun0'])
  })

  it("keeps the software port why-no-ping's target is reached by, though no default route uses it", () => {
    const snapshot = office(pingFacts('172.17.0.5', {routes: [routeTo('172.17.0.5', {dev: 'docker0'})]}), {
      ports: [wiredPort(), lo, docker0],
    })
    expect(names(portsThatMatter(snapshot, []))).toEqual(['eth0', 'docker0'])
  })

  it('keeps a software port a finding names', () => {
    const snapshot = portsSnapshot([lo, veth0, veth1], containerRoutes)
    expect(names(portsThatMatter(snapshot, [finding({title: 'eth0 has no cable; the cable is in eth1', subject: 'eth0'})]))).toEqual([
      'eth0',
      'eth1',
    ])
  })
})

describe('nicsReport', () => {
  it('counts the software ports it hides, and hides none with all', () => {
    const snapshot = portsSnapshot([lo, veth0, veth1], containerRoutes)
    expect(nicsReport(snapshot, false)).toMatchObject({hidden: {software: 2}})
    expect(nicsReport(snapshot, false).interfaces.map(row => row.name)).toEqual(['eth0'])
    expect(nicsReport(snapshot, true)).toMatchObject({hidden: {software: 0}})
    expect(nicsReport(snapshot, true).interfaces.map(row => row.name)).toEqual(['lo', 'eth0', 'eth1'])
  })

  it("shows a port named only by another section's finding (a full report's), and the port its own findings name", () => {
    const unplugged = {...veth0, carrier: false}
    const snapshot = portsSnapshot([lo, unplugged, veth1], [])
    const own = nicsReport(snapshot, false)
    expect(own.findings.map(f => [f.id, f.subject])).toEqual([['nic.cable-in-wrong-port', 'eth0']])
    expect(own.interfaces.map(row => row.name)).toEqual(['eth0', 'eth1'])
    const withLan = nicsReport(portsSnapshot([lo, veth0, veth1], []), false, null, [
      finding({id: 'lan.reserve-linked-port', evidence: ['eth1 carries the link']}),
    ])
    expect(withLan.interfaces.map(row => row.name)).toEqual(['eth1'])
    expect(withLan.hidden).toEqual({software: 2})
  })
})
