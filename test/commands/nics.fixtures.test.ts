// `netdoc nics` on recorded machine trees (NETDOC_ROOT): the JSON contract, findings, exit codes, output hygiene.
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtureTree, runNetdoc} from '../support/cli.js'
import {recordedOutputName} from '../../src/host/run-command.js'
import {LLDPCLI_ARGV} from '../../src/capabilities/nics/lldp-daemons.js'

interface InterfaceJson {
  name: string | null
  kind: string
  kindEvidence: string
  wireless: boolean
  carrier: boolean | null
  operstate: string | null
  speedMbps: number | null
  duplex: string | null
  mac: string | null
  driver: string | null
  busId: string | null
  vendor: string | null
  model: string | null
  addresses: string[]
}
interface NicsJson {
  interfaces: InterfaceJson[]
  hidden: {software: number}
  findings: {id: string; severity: string; title: string; evidence: string[]; next: string[]; subject?: string}[]
  notChecked: {fact: string; reason: string}[]
}

async function nicsJson(tree: string, args: string[] = []): Promise<{code: number; report: NicsJson; stderr: string}> {
  const result = await runNetdoc(['nics', '--json', ...args], {NETDOC_ROOT: fixtureTree(tree)})
  return {code: result.code, report: JSON.parse(result.stdout) as NicsJson, stderr: result.stderr}
}

describe('netdoc nics on recorded machines', () => {
  it('desktop: the dead onboard port holds the config, the cable is in the card', async () => {
    const {code, report, stderr} = await nicsJson('desktop-onboard-and-card')
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(report.interfaces.map(i => i.name)).toEqual(['eno1', 'enp3s0'])
    expect(report.interfaces[0]).toEqual({
      name: 'eno1',
      kind: 'onboard',
      kindEvidence: 'the firmware lists it as an onboard device (acpi_index=1, label=Onboard - Ethernet)',
      wireless: false,
      carrier: false,
      operstate: 'down',
      speedMbps: null,
      duplex: null,
      mac: '30:9c:23:1a:2b:3c',
      driver: 'e1000e',
      busId: '0000:00:1f.6',
      vendor: 'Intel Corporation',
      model: 'Ethernet Connection (2) I219-V',
      addresses: ['192.168.1.10/24'],
      neighbours: null, // not listened for (nics --lldp)
    })
    expect(report.interfaces[1]).toMatchObject({
      name: 'enp3s0',
      kind: 'card',
      carrier: true,
      speedMbps: 1000,
      duplex: 'full',
      driver: 'r8169',
      busId: '0000:03:00.0',
    })
    expect(report.findings.map(f => [f.id, f.subject])).toEqual([['nic.cable-in-wrong-port', 'eno1']])
    expect(report.notChecked).toEqual([])
  })

  it("board: the onboard controller without driver is listed with name null, and found; names come from the tree's pci.ids", async () => {
    const {code, report} = await nicsJson('board-onboard-no-driver')
    expect(code).toBe(1)
    const controller = report.interfaces.find(i => i.name === null)
    expect(controller).toMatchObject({kind: 'onboard', busId: '0000:02:00.0', driver: null, vendor: 'Realtek Semiconductor Co., Ltd.'})
    expect(report.interfaces.find(i => i.name === 'enp4s0')).toMatchObject({
      kind: 'card',
      carrier: true,
      addresses: ['192.168.0.20/24'],
      model: 'I350 Gigabit Network Connection',
    })
    expect(report.findings.map(f => f.id)).toEqual([
      'nic-driver.unknown-chip',
      'nic-driver.probe-failed',
      'nic.controller-without-interface',
    ])
    expect(report.findings[0]!.evidence[0]).toContain(
      'kernel log (/var/log/kern.log): "Nov 26 08:14:02 office kernel: [    1.204417] r8169 0000:02:00.0: error -ENODEV: unknown chip XID 6c0',
    )
  })

  it('stays quiet about the healthy lines of the kernel log (link up, renames)', async () => {
    const {report} = await nicsJson('desktop-onboard-and-card')
    expect(report.findings.every(f => !f.id.startsWith('nic-driver.'))).toBe(true)
  })

  it('laptop: Wi-Fi is marked wireless, the USB dongle is usb and slow', async () => {
    const {report} = await nicsJson('laptop-wifi-usb-dongle')
    expect(report.interfaces.find(i => i.name === 'wlp2s0')).toMatchObject({
      wireless: true,
      kind: 'unknown',
      driver: 'iwlwifi',
      model: 'Wi-Fi 6 AX200',
    })
    expect(report.interfaces.find(i => i.name === 'enx00e04c680001')).toMatchObject({
      kind: 'usb',
      busId: 'usb:2-1',
      driver: 'r8152',
      speedMbps: 100,
      model: 'RTL8153 Gigabit Ethernet Adapter',
    })
    expect(report.interfaces.some(i => i.name === 'docker0')).toBe(false)
    expect(report.findings.map(f => [f.id, f.subject])).toEqual([['nic.slow-link', 'enx00e04c680001']])
  })

  it('--all adds software ports with their kind, and the default view leaves them out', async () => {
    const {report} = await nicsJson('laptop-wifi-usb-dongle', ['--all'])
    expect(report.interfaces.find(i => i.name === 'docker0')).toMatchObject({kind: 'virtual', carrier: false, addresses: ['172.17.0.1/16']})
    expect(report.interfaces.find(i => i.name === 'lo')).toMatchObject({kind: 'virtual', carrier: true})
  })

  it('vm: a virtio port recorded from a real guest is a virtual-machine port, with no findings and exit 0', async () => {
    const {code, report} = await nicsJson('vm-virtio')
    expect(code).toBe(0)
    expect(report.interfaces).toHaveLength(1)
    expect(report.interfaces[0]).toMatchObject({name: 'eth0', kind: 'virtual', driver: 'virtio_net', busId: '0000:00:03.0', carrier: true})
    expect(report.findings).toEqual([])
  })

  it('container: the veth that carries the default route is shown, and the software ports left out are counted', async () => {
    const {code, report} = await nicsJson('container-veth')
    expect(code).toBe(0)
    expect(report.interfaces.map(i => i.name)).toEqual(['eth0'])
    expect(report.interfaces[0]).toMatchObject({kind: 'virtual', carrier: true, mac: '02:42:ac:11:00:02', addresses: ['172.17.0.2/16']})
    expect(report.hidden).toEqual({software: 2})
    expect(report.findings).toEqual([])
    const all = await nicsJson('container-veth', ['--all'])
    expect(all.report.hidden).toEqual({software: 0})
  })

  it('container with the cable out: every port a finding names is in the table, software port or not', async () => {
    const {code, report} = await nicsJson('container-veth-no-carrier')
    expect(code).toBe(1)
    expect(report.findings.map(f => [f.id, f.subject])).toEqual([['nic.cable-in-wrong-port', 'eth0']])
    expect(report.findings[0]!.title).toBe('eth0 holds the network configuration but has no cable; the cable is in eth1')
    expect(report.interfaces.map(i => [i.name, i.carrier])).toEqual([
      ['eth0', false],
      ['eth1', true],
    ])
    expect(report.hidden).toEqual({software: 1})
  })

  it('hardware machines hide only their software ports: loopback on the desktop, docker0 and lo on the laptop', async () => {
    expect((await nicsJson('desktop-onboard-and-card')).report.hidden).toEqual({software: 1})
    expect((await nicsJson('laptop-wifi-usb-dongle')).report.hidden).toEqual({software: 2})
  })

  it("container: only the directories and links of /sys/class/net are ports, not the bonding driver's bonding_masters file", async () => {
    expect(statSync(join(fixtureTree('container-veth'), 'sys', 'class', 'net', 'bonding_masters')).isFile()).toBe(true)
    const {report, stderr} = await nicsJson('container-veth', ['--all'])
    expect(stderr).toBe('')
    expect(report.interfaces.map(i => i.name)).toEqual(['eth0', 'eth1', 'lo'])
  })

  it("a port under a PCI card's directory without a device link is unknown, with the reason, and shown as a hardware port", async () => {
    const {report} = await nicsJson('card-port-without-device-link')
    expect(report.interfaces.map(i => i.name)).toEqual(['enp3s0'])
    expect(report.interfaces[0]).toMatchObject({
      name: 'enp3s0',
      kind: 'unknown',
      carrier: true,
      busId: null,
      driver: null,
      addresses: ['192.168.1.10/24', 'fe80::2e0:4cff:fe68:1234/64'],
    })
    expect(report.interfaces[0]!.kindEvidence).toBe(
      'its sysfs directory lies under PCI device 0000:03:00.0, but it has no device link to tell which device it belongs to',
    )
  })

  it('leaks no live command output into a recorded tree: an unrecorded command is a gap with a reason', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'netdoc-tree-'))
    try {
      symlinkSync(join(fixtureTree('vm-virtio'), 'sys'), join(tree, 'sys'))
      const result = await runNetdoc(['nics', '--json', '--all'], {NETDOC_ROOT: tree})
      const report = JSON.parse(result.stdout) as NicsJson
      expect(report.interfaces.map(i => i.name)).toEqual(['eth0', 'ifb0', 'ifb1', 'lo'])
      expect(report.interfaces.flatMap(i => i.addresses)).toEqual([])
      expect(report.notChecked.map(gap => gap.fact)).toEqual(expect.arrayContaining(['addresses', 'routes']))
      expect(report.notChecked.find(gap => gap.fact === 'addresses')?.reason).toContain('was not recorded in this tree')
    } finally {
      rmSync(tree, {recursive: true, force: true})
    }
  })
})

describe('netdoc nics human output and errors', () => {
  it('prints the table and the verdict in plain words, without ANSI codes when piped', async () => {
    const result = await runNetdoc(['nics'], {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card'), NO_COLOR: ''})
    expect(result.stdout).toMatch(/eno1\s+│ onboard │ no cable/)
    expect(result.stdout).toMatch(/enp3s0\s+│ card\s+│ cable/)
    expect(result.stdout).toContain('PROBLEM  eno1 holds the network configuration but has no cable; the cable is in enp3s0')
    expect(result.stdout).not.toMatch(/\u001b\[/)
  })

  it('says under the table how many software ports it hides and that --all shows them (singular for one, nothing with --all)', async () => {
    const container = await runNetdoc(['nics'], {NETDOC_ROOT: fixtureTree('container-veth')})
    const lines = container.stdout.split('\n')
    const tableEnd = lines.findIndex(line => line.startsWith('└'))
    expect(lines.slice(tableEnd - 1, tableEnd + 2)).toEqual([
      expect.stringMatching(/^│ eth0 +│ virtual │ up +│/),
      expect.stringMatching(/^└/),
      '2 software ports hidden (--all shows them)',
    ])
    expect(container.stdout).toContain('No problems found with the ports.')
    const unplugged = await runNetdoc(['nics'], {NETDOC_ROOT: fixtureTree('container-veth-no-carrier')})
    expect(unplugged.stdout).toMatch(/^│ eth0 +│ virtual │ down +│/m)
    expect(unplugged.stdout).toContain('\n1 software port hidden (--all shows it)\n')
    expect(unplugged.stdout).toContain('PROBLEM  eth0 holds the network configuration but has no cable; the cable is in eth1')
    const all = await runNetdoc(['nics', '--all'], {NETDOC_ROOT: fixtureTree('container-veth')})
    expect(all.stdout).not.toContain('hidden')
  })

  it('refuses a NETDOC_ROOT that does not exist with one line and exit 2', async () => {
    const result = await runNetdoc(['nics'], {NETDOC_ROOT: '/nonexistent/netdoc-tree'})
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toBe('netdoc: NETDOC_ROOT points at /nonexistent/netdoc-tree, which does not exist\n')
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/)
  })

  it('refuses an unknown flag with exit 2', async () => {
    const result = await runNetdoc(['nics', '--bogus'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--bogus')
  })

  it('teaches in --help: what it shows, and examples', async () => {
    const result = await runNetdoc(['nics', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('onboard / card / usb / virtual / unknown')
    expect(result.stdout).toContain('netdoc nics --all')
    expect(result.stdout).toContain('NETDOC_ROOT')
  })
})

describe('netdoc nics where lldpd ran (a recorded tree with its lldpcli answer)', () => {
  it('shows the switch ports lldpd heard without --lldp, each saying lldpcli is its source', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'netdoc-lldpd-tree-'))
    try {
      cpSync(fixtureTree('container-veth'), tree, {recursive: true})
      const answer = readFileSync(join(fixtureTree('lldp-daemons'), 'lldpcli-json0-two-ports.json'), 'utf8')
      writeFileSync(join(tree, 'commands', recordedOutputName(LLDPCLI_ARGV)), answer)
      mkdirSync(join(tree, 'run'), {recursive: true})
      writeFileSync(join(tree, 'run', 'lldpd.socket'), '') // lldpd ran: its control socket was there
      const result = await runNetdoc(['nics', '--all', '--json'], {NETDOC_ROOT: tree})
      const report = JSON.parse(result.stdout) as {
        interfaces: {name: string | null; neighbours: unknown}[]
        notChecked: NicsJson['notChecked']
      }
      const heard = (name: string) => report.interfaces.find(row => row.name === name)?.neighbours
      expect(heard('eth0')).toEqual([
        expect.objectContaining({
          dev: 'eth0',
          source: 'lldpcli',
          systemName: 'office-sw',
          portId: 'Gi0/7',
          poe: 'PSE, class 3, 15.0 W (LLDP-MED)',
        }),
      ])
      expect(heard('eth1')).toEqual([expect.objectContaining({dev: 'eth1', source: 'lldpcli', protocol: 'cdp', systemName: 'lab-cisco'})])
      expect(heard('lo')).toBeNull()
      expect(report.notChecked.filter(gap => gap.fact.includes('switch'))).toEqual([])
      const human = await runNetdoc(['nics', '--all'], {NETDOC_ROOT: tree, NO_COLOR: '1'})
      expect(human.stdout).toContain('eth1 → device lab-cisco port FastEthernet0/1; managed at 192.0.2.8; as lldpd heard it')
    } finally {
      rmSync(tree, {recursive: true, force: true})
    }
  })
})
