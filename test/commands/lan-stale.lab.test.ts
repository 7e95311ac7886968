// `netdoc lan` on a real kernel stack after a router swap: this PC still on the old subnet, and another device left on it.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {buildLan, LAN, lanJson} from '../lab/scenarios/lan.js'

describe.skipIf(!canBuildLabs())('netdoc lan after a router swap, in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it("names both subnets when this PC's static address is on the old router's subnet, and the silent old gateway", async () => {
    lab = new Lab('l3')
    await buildLan(lab, `${LAN.oldStatic}/24`, LAN.oldGateway, LAN.oldGateway)
    const {code, report} = await lanJson(lab)
    expect(code).toBe(1)
    expect(report.lan.router).toMatchObject({router: LAN.router, subnet: LAN.subnet, source: 'dhcp-offer'})
    const offSubnet = report.findings.find(f => f.id === 'lan.static-off-subnet')
    expect(offSubnet?.severity).toBe('error')
    expect(offSubnet?.title).toContain(`${LAN.oldStatic}/24`)
    expect(offSubnet?.title).toContain(LAN.subnet)
    expect(offSubnet?.next[0]).toContain(`gateway ${LAN.router}`)
    const gateway = report.findings.find(f => f.id === 'lan.gateway-silent')
    expect(gateway?.subject).toBe(LAN.oldGateway)
    expect(gateway?.evidence.join('\n')).toContain(`names ${LAN.router} as the router`)
    expect(report.findings.some(f => f.id === 'lan.dns-silent' && f.subject === LAN.oldGateway)).toBe(false)
  })

  it('hears a device left on the old subnet asking for its old gateway, with its MAC', async () => {
    lab = new Lab('l3')
    await buildLan(lab)
    lab.plugIn('nas', `${LAN.oldStatic}/24`, LAN.oldGateway)
    const nasMac = lab.run('nas', ['cat', '/sys/class/net/eth0/address']).trim()
    lab.background('nas', ['ping', '-n', '-q', '-i', '0.5', LAN.oldGateway])
    const {code, report} = await lanJson(lab)
    expect(code).toBe(1)
    const stale = report.findings.find(f => f.id === 'lan.stale-host')
    expect(stale?.subject).toBe(LAN.oldStatic)
    expect(stale?.title).toContain(nasMac)
    expect(stale?.title).toContain(`the gateway ${LAN.oldGateway}`)
    expect(stale?.next[0]).toContain('sudo ip addr add 192.168.1.250/24 dev eth0')
  })
})
