// `netdoc lan find` on a real kernel stack: a Raspberry Pi found by maker and by MAC prefix, and a NAS left on the old subnet.
import {afterEach, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {buildLan, LAN} from '../lab/scenarios/lan.js'
import {UNPRIVILEGED} from '../lab/scenarios/why-no-ping.js'

interface FindJson {
  query: {input: string; kind: string} | null
  swept: {subnets: {dev: string; cidr: string}[]; sent: number} | null
  hosts: {address: string; mac: string; vendor: string | null; dev: string; onLan: boolean; seen: string; asksFor: string[]}[]
  findings: {id: string; subject?: string}[]
  notChecked: {fact: string; reason: string}[]
}

const PI_MAC = 'b8:27:eb:12:34:56'
const PI = '192.168.70.23'

async function office(lab: Lab): Promise<void> {
  await buildLan(lab)
  lab.plugIn('pi', `${PI}/24`, LAN.router)
  lab.run('pi', ['ip', 'link', 'set', 'eth0', 'address', PI_MAC])
}

async function find(lab: Lab, args: string[], prefix: string[] = []): Promise<{code: number; report: FindJson}> {
  const {NETDOC_BIN} = await import('../lab/lab.js')
  const result = await lab.try('pc', [...prefix, process.execPath, NETDOC_BIN, 'lan', 'find', '--json', ...args], {NO_COLOR: '1'})
  return {code: result.code, report: jsonOf<FindJson>(result)}
}

describe.skipIf(!canBuildLabs())('netdoc lan find in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('finds a Raspberry Pi by maker and by MAC prefix, sweeping only the local /24', async () => {
    lab = new Lab('l4')
    await office(lab)
    const byMaker = await find(lab, ['raspberry'])
    expect(byMaker.code).toBe(0)
    expect(byMaker.report.swept?.subnets).toEqual([{dev: 'eth0', cidr: LAN.subnet}])
    expect(byMaker.report.swept?.sent).toBe(253)
    expect(byMaker.report.hosts).toEqual([
      expect.objectContaining({
        address: PI,
        mac: PI_MAC,
        dev: 'eth0',
        onLan: true,
        seen: 'now',
        vendor: expect.stringMatching(/^Raspberry Pi/),
      }),
    ])
    const byWords = await find(lab, ['raspberry', 'pi'])
    expect(byWords.code).toBe(0)
    expect(byWords.report.hosts.map(host => host.address)).toEqual([PI])
    const byPrefix = await find(lab, ['B8-27-EB'])
    expect(byPrefix.report.hosts.map(host => host.address)).toEqual([PI])
    const everyone = await find(lab, [])
    expect(everyone.report.hosts.map(host => host.address)).toEqual([LAN.router, PI])
  })

  it('exits 1 when the device is not there', async () => {
    lab = new Lab('l4')
    await office(lab)
    const missing = await find(lab, ['192.168.70.99'])
    expect(missing.code).toBe(1)
    expect(missing.report.hosts).toEqual([])
  })

  it('finds a NAS left on the old subnet by its MAC, with the gateway it asks for (as root)', async () => {
    lab = new Lab('l4')
    await office(lab)
    lab.plugIn('nas', `${LAN.oldStatic}/24`, LAN.oldGateway)
    const nasMac = lab.run('nas', ['cat', '/sys/class/net/eth0/address']).trim()
    lab.background('nas', ['ping', '-n', '-q', '-i', '0.3', LAN.oldGateway])
    const {code, report} = await find(lab, [nasMac])
    expect(report.hosts).toEqual([expect.objectContaining({address: LAN.oldStatic, mac: nasMac, onLan: false, asksFor: [LAN.oldGateway]})])
    expect(report.findings.map(finding => finding.id)).toContain('lan.stale-host')
    expect(code).toBe(1) // the problem is about the device found
  })

  it('exits 0 for the device found, though a problem was heard about another device (as root)', async () => {
    lab = new Lab('l4')
    await office(lab)
    lab.plugIn('nas', `${LAN.oldStatic}/24`, LAN.oldGateway)
    lab.background('nas', ['ping', '-n', '-q', '-i', '0.3', LAN.oldGateway])
    const {code, report} = await find(lab, [PI])
    expect(report.hosts.map(host => host.address)).toEqual([PI])
    expect(report.findings).toContainEqual(expect.objectContaining({id: 'lan.stale-host', subject: LAN.oldStatic}))
    expect(code).toBe(0)
    const everyone = await find(lab, [])
    expect(everyone.code).toBe(1)
  })

  it('still sweeps without privileges, and says listening needed root', async () => {
    lab = new Lab('l4')
    await office(lab)
    const {code, report} = await find(lab, [PI_MAC], UNPRIVILEGED)
    expect(report.hosts.map(host => host.address)).toEqual([PI])
    expect(report.notChecked.map(gap => gap.reason).join('\n')).toMatch(/tcpdump needs CAP_NET_RAW/)
    expect(code).toBe(0)
  })
})
