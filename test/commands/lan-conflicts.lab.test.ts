// `netdoc lan` on a real kernel stack: two devices on one address, and a second DHCP server on the same cable.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {buildLan, LAN, lanJson} from '../lab/scenarios/lan.js'

describe.skipIf(!canBuildLabs())('netdoc lan finds conflicts in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it("names the other device's MAC when it answers duplicate address detection for this machine's address", async () => {
    lab = new Lab('l2')
    await buildLan(lab)
    lab.plugIn('printer', `${LAN.pc}/24`)
    const printerMac = lab.run('printer', ['cat', '/sys/class/net/eth0/address']).trim()
    const {code, report} = await lanJson(lab)
    expect(code).toBe(1)
    const conflict = report.findings.find(f => f.id === 'lan.address-in-use')
    expect(conflict?.subject).toBe(LAN.pc)
    expect(conflict?.title).toContain(printerMac)
    expect(conflict?.evidence.join('\n')).toMatch(new RegExp(`arping -D ${LAN.pc} on eth0 .*reply from ${printerMac}`))
    expect(conflict?.next[0]).toContain(`netdoc lan find ${printerMac}`)
  })

  it('reports a second DHCP server (an extender handing out its own subnet) with both server ids', async () => {
    lab = new Lab('l2')
    await buildLan(lab)
    lab.plugIn('extender', `${LAN.extender}/24`)
    await lab.dnsmasq('extender', {dev: 'eth0', dhcpRange: '192.168.71.100,192.168.71.150,255.255.255.0'})
    const {code, report} = await lanJson(lab)
    expect(code).toBe(1)
    expect(report.lan.dhcpServers.map(server => server.serverId).sort()).toEqual([LAN.router, LAN.extender])
    const servers = report.findings.find(f => f.id === 'lan.dhcp-servers')
    expect(servers?.title).toMatch(/2 DHCP servers answer/)
    expect(servers?.evidence.join('\n')).toMatch(
      /192\.168\.71\.1 \(MAC [0-9a-f:]{17}\) hands out 192\.168\.71\.0\/24 with gateway 192\.168\.71\.1/,
    )
    expect(servers?.next.join('\n')).toContain(`netdoc lan find ${LAN.extender}`)
    expect(report.lan.router.subnet).toBe(LAN.subnet)
  })
})
