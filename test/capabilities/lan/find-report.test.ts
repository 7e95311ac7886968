// lanFindReport: which devices match a query, makers by OUI, and devices of another subnet heard on the cable.
import {describe, expect, it} from 'vitest'
import {parseLanQuery, type LanQuery} from '../../../src/parse/lan-query.js'
import {lanFindReport} from '../../../src/capabilities/lan/find-report.js'
import {lanSnapshot} from '../../support/lan.js'

const sweep = {
  subnets: [{dev: 'eth0', cidr: '192.168.1.0/24'}],
  skipped: [],
  sent: 253,
  ms: 1205,
  hosts: [
    {address: '192.168.1.23', mac: 'b8:27:eb:12:34:56', dev: 'eth0', state: 'REACHABLE', confirmedSecondsAgo: 0, answeredNow: true},
    {address: '192.168.1.1', mac: '00:1d:aa:01:02:03', dev: 'eth0', state: 'STALE', confirmedSecondsAgo: 95, answeredNow: false},
  ],
  vendors: {b827eb: 'Raspberry Pi Foundation', '001daa': 'DrayTek Corp.'},
  vendorSource: '/usr/share/ieee-data/oui.txt',
}
const heardNas = {op: 'request' as const, senderMac: '00:11:32:aa:bb:cc', senderIp: '192.168.0.10', targetIp: '192.168.0.1', dev: 'eth0'}
const snapshot = lanSnapshot({sweep, listening: {devs: ['eth0'], ms: 2000, arp: [heardNas], dhcp: []}, discover: null})
const query = (text: string): LanQuery => {
  const result = parseLanQuery(text)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('lanFindReport', () => {
  it('lists every device by address without a query, the one heard on another subnet included', () => {
    const report = lanFindReport(snapshot, null)
    expect(report.hosts.map(host => [host.address, host.onLan, host.seen])).toEqual([
      ['192.168.0.10', false, 'now'],
      ['192.168.1.1', true, 'earlier'],
      ['192.168.1.23', true, 'now'],
    ])
    expect(report.swept).toEqual({subnets: sweep.subnets, skipped: [], sent: 253, ms: 1205, vendorSource: sweep.vendorSource})
  })

  it('matches by maker, MAC prefix, MAC and address', () => {
    expect(lanFindReport(snapshot, query('raspberry')).hosts.map(host => host.address)).toEqual(['192.168.1.23'])
    expect(lanFindReport(snapshot, query('b8-27-eb')).hosts.map(host => host.vendor)).toEqual(['Raspberry Pi Foundation'])
    expect(lanFindReport(snapshot, query('00:11:32:AA:BB:CC')).hosts).toEqual([
      {
        address: '192.168.0.10',
        mac: '00:11:32:aa:bb:cc',
        vendor: null,
        dev: 'eth0',
        onLan: false,
        seen: 'now',
        confirmedSecondsAgo: null,
        asksFor: ['192.168.0.1'],
      },
    ])
    expect(lanFindReport(snapshot, query('192.168.1.99')).hosts).toEqual([])
  })

  it('reports the device of another subnet as a stale host', () => {
    expect(lanFindReport(snapshot, null).findings.map(finding => finding.id)).toContain('lan.stale-host')
  })
})
