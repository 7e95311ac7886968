// `netdoc nics --lldp` on real LLDP and CDP frames: lldpd announces a switch port over veth cables, netdoc listens passively.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, canBuildLabs, netdocInMountNamespace} from '../lab/lab.js'
import {locateProgram} from '../../src/host/run-command.js'

interface NicsJson {
  interfaces: {
    name: string
    neighbours:
      | {
          source: string
          protocol: string
          systemName: string | null
          portId: string | null
          portDescription: string | null
          managementAddresses: string[]
          role: string
          poe: string | null
        }[]
      | null
  }[]
  notChecked: {fact: string; reason: string}[]
}

const HAVE_TOOLS = 'path' in locateProgram('lldpd') && 'path' in locateProgram('tcpdump')

/** announce starts lldpd in `host` on `port`, its own control socket and a start-up configuration naming the switch and its port
 * (`config` adds lines to it, `extra` flags to lldpd). */
function announce(lab: Lab, host: string, port: string, extra: string[], config: string[] = []): void {
  const dir = lab.tempDir()
  const file = join(dir, 'lldpd.conf')
  writeFileSync(
    file,
    [
      'configure system hostname office-sw',
      'configure lldp tx-interval 1',
      'configure system capabilities enabled bridge',
      `configure ports ${port} lldp portidsubtype local Gi0/7 description GigabitEthernet0/7`,
      ...config,
    ].join('\n') + '\n',
  )
  lab.background(host, ['lldpd', '-d', '-u', join(dir, 'lldpd.socket'), '-O', file, '-I', port, ...extra])
}

/** seeingLldpd is the argv that runs netdoc in a mount namespace of its own where lldpd's default control socket,
 * /run/lldpd.socket, is `socket` (a bind mount over an empty file that a read-only overlay adds to /run): netdoc then finds this
 * lldpd by the path it looks at on every machine, and the real /run is untouched. */
function seeingLldpd(layer: string, socket: string, args: string[]): string[] {
  return netdocInMountNamespace(`mount -t overlay overlay -o lowerdir=${layer}:/run /run && mount --bind ${socket} /run/lldpd.socket`, args)
}

/** wireTwoSwitches gives the lab a pc with two cables: eth0 to the switch `sw` (port gi7, 192.0.2.7) and eth1 to `cisco` (port fa1,
 * at `ciscoAddress`). The lab is made by the test first, so that its afterEach removes it even when wiring fails. */
function wireTwoSwitches(lab: Lab, ciscoAddress: string): void {
  for (const host of ['pc', 'sw', 'cisco']) lab.addHost(host)
  lab.cableTo('pc', 'eth0', 'sw', 'gi7')
  lab.cableTo('pc', 'eth1', 'cisco', 'fa1')
  lab.run('sw', ['ip', 'addr', 'add', '192.0.2.7/24', 'dev', 'gi7'])
  lab.run('cisco', ['ip', 'addr', 'add', `${ciscoAddress}/24`, 'dev', 'fa1'])
}

/** untilLldpdKnows waits (up to 15 s) until the lldpd at `socket` in `host` has a neighbour on every port of `devs`. */
async function untilLldpdKnows(lab: Lab, host: string, socket: string, devs: string[]): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 250) {
    const shown = lab.run(host, ['lldpcli', '-u', socket, '-f', 'keyvalue', 'show', 'neighbors'])
    if (devs.every(dev => shown.includes(`lldp.${dev}.`))) return
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`lldpd in ${lab.ns(host)} heard nothing on ${devs.join(', ')}`)
}

describe.skipIf(!canBuildLabs() || !HAVE_TOOLS)('netdoc nics --lldp in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('hears the switch port by LLDP on one cable and by CDP on the other, decoded by netdoc itself', async () => {
    lab = new Lab('ld')
    wireTwoSwitches(lab, '192.0.2.7')
    announce(lab, 'sw', 'gi7', ['-m', '192.0.2.7'])
    announce(lab, 'cisco', 'fa1', ['-m', '192.0.2.7', '-cc'])
    const json = await lab.netdoc('pc', ['nics', '--all', '--lldp', '--listen', '30', '--json'])
    const report = jsonOf<NicsJson>(json)
    const heard = (name: string) => report.interfaces.find(row => row.name === name)?.neighbours
    expect(heard('eth0')).toEqual([
      expect.objectContaining({
        protocol: 'lldp',
        systemName: 'office-sw',
        portId: 'Gi0/7',
        portDescription: 'GigabitEthernet0/7',
        managementAddresses: ['192.0.2.7'],
      }),
    ])
    expect(heard('eth1')).toEqual([expect.objectContaining({protocol: 'cdp', systemName: 'office-sw', portId: 'GigabitEthernet0/7'})])
    expect(heard('lo')).toBeNull()
    const human = await lab.netdoc('pc', ['nics', '--all', '--lldp', '--listen', '30'])
    expect(human.stdout).toContain('eth0 → switch office-sw port Gi0/7 (GigabitEthernet0/7); managed at 192.0.2.7')
    expect(human.stdout).toMatch(/eth1 → \S+ office-sw port GigabitEthernet0\/7/)

    const file = join(lab.tempDir(), 'snapshot.json')
    const snapshot = await lab.netdoc('pc', ['snapshot', '--lldp', '-o', file])
    expect(snapshot.code, snapshot.stderr).toBe(0)
    const replayed = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--all', '--from', file, '--json']))
    expect(replayed.interfaces.find(row => row.name === 'eth0')?.neighbours).toEqual([expect.objectContaining({portId: 'Gi0/7'})])
    const markdown = await lab.netdoc('pc', ['report', '--from', file, '--format', 'md'])
    expect(markdown.stdout).toContain('eth0 → switch office-sw port Gi0/7 (GigabitEthernet0/7)')
  }, 120_000)

  it("reads lldpd where it runs instead of listening, and decodes power, an IPv6 management address and CDPv2 from lldpd's frames", async () => {
    lab = new Lab('lg')
    wireTwoSwitches(lab, '192.0.2.8')
    lab.run('sw', ['ip', 'addr', 'add', '2001:db8::7/64', 'dev', 'gi7', 'nodad'])
    announce(
      lab,
      'sw',
      'gi7',
      ['-M', '4', '-i'],
      [
        'configure system description "OfficeSwitch 24-port managed switch"',
        'configure system ip management pattern 192.0.2.*,2001:db8::*',
        'configure ports gi7 dot3 power pse supported enabled powerpairs signal class class-3',
        'configure ports gi7 med power pse source primary priority high value 15000',
      ],
    )
    announce(
      lab,
      'cisco',
      'fa1',
      ['-ccccc', '-ll', '-P', 'cisco WS-C2960-24TT-L', '-m', '192.0.2.8'],
      [
        'configure system hostname lab-cisco',
        'configure system description "Cisco IOS Software, C2960 Software"',
        'configure ports fa1 lldp portidsubtype local Fa0/1 description FastEthernet0/1',
      ],
    )
    const pcDir = lab.tempDir()
    const socket = join(pcDir, 'lldpd.socket')
    lab.background('pc', ['lldpd', '-d', '-c', '-u', socket, '-I', 'eth0,eth1'])
    const switchPort = {
      protocol: 'lldp',
      systemName: 'office-sw',
      portId: 'Gi0/7',
      portDescription: 'GigabitEthernet0/7',
      systemDescription: 'OfficeSwitch 24-port managed switch',
      managementAddresses: ['192.0.2.7', '2001:db8::7'],
      poe: 'PSE, class 3, 15.0 W (LLDP-MED)',
    }
    const ciscoPort = {
      protocol: 'cdp',
      systemName: 'lab-cisco',
      portId: 'FastEthernet0/1',
      systemDescription: expect.stringContaining('cisco WS-C2960-24TT-L'),
      managementAddresses: ['192.0.2.8'],
    }

    // lldpd runs in the pc, but netdoc cannot see its socket: it listens itself, and hears the switches, not the pc's own lldpd.
    const listened = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--all', '--lldp', '--listen', '30', '--json']))
    const heardBy = (report: NicsJson, name: string) => report.interfaces.find(row => row.name === name)?.neighbours
    expect(heardBy(listened, 'eth0')).toEqual([expect.objectContaining({source: 'tcpdump', ...switchPort})])
    expect(heardBy(listened, 'eth1')).toEqual([
      expect.objectContaining({source: 'tcpdump', ...ciscoPort, systemDescription: 'cisco WS-C2960-24TT-L'}),
    ])

    // With lldpd's socket at its default path netdoc asks lldpd, listens on no port, and has the same switch ports at once.
    await untilLldpdKnows(lab, 'pc', socket, ['eth0', 'eth1'])
    const layer = lab.tempDir()
    writeFileSync(join(layer, 'lldpd.socket'), '')
    const read = jsonOf<NicsJson>(await lab.try('pc', seeingLldpd(layer, socket, ['nics', '--all', '--lldp', '--json'])))
    expect(heardBy(read, 'eth0')).toEqual([expect.objectContaining({source: 'lldpcli', ...switchPort})])
    expect(heardBy(read, 'eth1')).toEqual([expect.objectContaining({source: 'lldpcli', ...ciscoPort})])
    expect(read.notChecked.filter(gap => gap.fact.startsWith('switch port'))).toEqual([])

    // Plain `nics` shows what lldpd knows too (it costs no waiting), and a snapshot keeps it for --from.
    const plain = await lab.try('pc', seeingLldpd(layer, socket, ['nics', '--all']))
    expect(plain.stdout).toContain(
      'eth0 → switch office-sw port Gi0/7 (GigabitEthernet0/7); PoE PSE, class 3, 15.0 W (LLDP-MED); managed at 192.0.2.7, 2001:db8::7; as lldpd heard it',
    )
    const file = join(lab.tempDir(), 'snapshot.json')
    const snapshot = await lab.try('pc', seeingLldpd(layer, socket, ['snapshot', '-o', file]))
    expect(snapshot.code, snapshot.stderr).toBe(0)
    const replayed = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--all', '--from', file, '--json']))
    expect(heardBy(replayed, 'eth0')).toEqual(heardBy(read, 'eth0'))
    expect(heardBy(replayed, 'eth1')).toEqual(heardBy(read, 'eth1'))
  }, 120_000)

  it("does not take this machine's own lldpd, announcing itself every second, for a switch", async () => {
    lab = new Lab('lh')
    lab.addHost('pc')
    lab.addHost('dumb')
    lab.cableTo('pc', 'eth0', 'dumb', 'p1')
    announce(lab, 'pc', 'eth0', [])
    const report = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--all', '--lldp', '--listen', '4', '--json']))
    expect(report.interfaces.find(row => row.name === 'eth0')?.neighbours).toEqual([])
  }, 30_000)

  it('says a port heard nothing when no switch announces itself', async () => {
    lab = new Lab('le')
    lab.addHost('pc')
    lab.addHost('dumb')
    lab.cableTo('pc', 'eth0', 'dumb', 'p1')
    const report = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--all', '--lldp', '--listen', '2', '--json']))
    expect(report.interfaces.find(row => row.name === 'eth0')?.neighbours).toEqual([])
    expect(report.notChecked).toContainEqual(
      expect.objectContaining({fact: 'switch port of eth0', reason: expect.stringContaining('heard no LLDP or CDP in 2 s')}),
    )
  }, 30_000)
})
