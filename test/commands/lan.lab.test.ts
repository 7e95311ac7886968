// `netdoc lan` on a real kernel stack: a healthy office LAN, and a static address inside the router's DHCP pool.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {UNPRIVILEGED} from '../lab/scenarios/why-no-ping.js'
import {buildLan, LAN, lanJson} from '../lab/scenarios/lan.js'

describe.skipIf(!canBuildLabs())('netdoc lan in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('finds nothing wrong on a healthy LAN, and learns the router, its subnet and its DHCP server from the LAN itself', async () => {
    lab = new Lab('l1')
    await buildLan(lab)
    const {code, report, stderr} = await lanJson(lab)
    expect(stderr).toBe('')
    expect(report.findings).toEqual([])
    expect(code).toBe(0)
    expect(report.lan.interface).toBe('eth0')
    expect(report.lan.addresses).toEqual([expect.objectContaining({cidr: `${LAN.pc}/24`, origin: 'static'})])
    expect(report.lan.router).toMatchObject({router: LAN.router, subnet: LAN.subnet, source: 'dhcp-offer'})
    expect(report.lan.discover).toMatchObject({outcome: 'offers', offers: 1})
    expect(report.lan.dhcpServers.map(server => server.serverId)).toEqual([LAN.router])
    expect(report.lan.dnsServers).toEqual([expect.objectContaining({server: LAN.router, answers: true})])
    expect(report.lan.reservation).toMatchObject({dev: 'eth0', address: LAN.pc})
  })

  it('warns about a static address inside the pool given with --pool, and proposes a free one outside it, checked with arping -D', async () => {
    lab = new Lab('l1')
    await buildLan(lab, `${LAN.inPool}/24`)
    const {code, report} = await lanJson(lab, ['--pool', `${LAN.poolFirst}-${LAN.poolLast}`])
    expect(code).toBe(1)
    const finding = report.findings.find(f => f.id === 'lan.static-in-pool')
    expect(finding?.subject).toBe(LAN.inPool)
    expect(finding?.evidence).toContain(`the DHCP pool is ${LAN.poolFirst}–${LAN.poolLast} (given with --pool)`)
    expect(report.lan.suggestedAddress).toEqual(expect.objectContaining({address: '192.168.70.151', checked: true}))
    expect(finding?.next[0]).toContain('192.168.70.151, outside the pool (checked free')
  })

  it('does not send the DISCOVER from a port without an address when the broadcast would leave by another port', async () => {
    lab = new Lab('l1')
    await buildLan(lab)
    lab.addSwitch('spare')
    lab.cable('pc', 'eth1', 'sp-pc', 'spare')
    const {report} = await lanJson(lab, ['--interface', 'eth1', '--listen', '1'])
    expect(report.lan.interface).toBe('eth1')
    expect(report.lan.discover).toMatchObject({outcome: 'no-route', offers: 0})
    expect(report.notChecked.map(gap => gap.reason).join('\n')).toContain(
      'eth1 has no IPv4 address to send from, and a broadcast would leave by eth0',
    )
    expect(report.lan.dhcpServers).toEqual([])
  })

  it('says so when a DHCP client on this machine holds port 68 without sharing it', async () => {
    lab = new Lab('l1')
    await buildLan(lab)
    lab.background('pc', [process.execPath, '-e', "require('node:dgram').createSocket('udp4').bind(68); setTimeout(() => {}, 60000)"])
    await new Promise(resolve => setTimeout(resolve, 300))
    const {report} = await lanJson(lab, ['--listen', '1'])
    expect(report.lan.discover).toMatchObject({outcome: 'port-busy', offers: 0})
    expect(report.notChecked.map(gap => gap.reason).join('\n')).toContain('UDP port 68 is held by a DHCP client on this machine')
  })

  it('says what it could not check without privileges, and still checks what it can', async () => {
    lab = new Lab('l1')
    await buildLan(lab)
    const {code, report} = await lanJson(lab, [], UNPRIVILEGED)
    expect(report.lan.discover).toMatchObject({outcome: 'not-permitted'})
    const reasons = report.notChecked.map(gap => `${gap.fact}: ${gap.reason}`).join('\n')
    expect(reasons).toMatch(/DHCP DISCOVER on eth0: binding UDP port 68 .* needs root or CAP_NET_BIND_SERVICE/)
    expect(reasons).toMatch(/passive listening on eth0: .*CAP_NET_RAW/)
    expect(reasons).toMatch(/duplicate address detection of 192\.168\.70\.10: .*CAP_NET_RAW/)
    expect(report.lan.dnsServers).toEqual([expect.objectContaining({server: LAN.router, answers: true})])
    expect(report.findings).toEqual([])
    expect(code).toBe(0)
  })
})
