// `netdoc nics --lldp` on real LLDP and CDP frames: lldpd announces a switch port over veth cables, netdoc listens passively.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {locateProgram} from '../../src/host/run-command.js'

interface NicsJson {
  interfaces: {
    name: string
    neighbours:
      | {
          protocol: string
          systemName: string | null
          portId: string | null
          portDescription: string | null
          managementAddresses: string[]
          role: string
        }[]
      | null
  }[]
  notChecked: {fact: string; reason: string}[]
}

const HAVE_TOOLS = 'path' in locateProgram('lldpd') && 'path' in locateProgram('tcpdump')

/** announce starts lldpd in `host` on `port`, its own control socket and a start-up configuration naming the switch and its port. */
function announce(lab: Lab, host: string, port: string, extra: string[]): void {
  const dir = lab.tempDir()
  const config = join(dir, 'lldpd.conf')
  writeFileSync(
    config,
    [
      'configure system hostname office-sw',
      'configure lldp tx-interval 1',
      'configure system capabilities enabled bridge',
      `configure ports ${port} lldp portidsubtype local Gi0/7 description GigabitEthernet0/7`,
    ].join('\n') + '\n',
  )
  lab.background(host, ['lldpd', '-d', '-u', join(dir, 'lldpd.socket'), '-O', config, '-I', port, '-m', '192.0.2.7', ...extra])
}

describe.skipIf(!canBuildLabs() || !HAVE_TOOLS)('netdoc nics --lldp in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('hears the switch port by LLDP on one cable and by CDP on the other, decoded by netdoc itself', async () => {
    lab = new Lab('ld')
    lab.addHost('pc')
    lab.addHost('sw')
    lab.addHost('cisco')
    lab.cableTo('pc', 'eth0', 'sw', 'gi7')
    lab.cableTo('pc', 'eth1', 'cisco', 'fa1')
    lab.run('sw', ['ip', 'addr', 'add', '192.0.2.7/24', 'dev', 'gi7'])
    lab.run('cisco', ['ip', 'addr', 'add', '192.0.2.7/24', 'dev', 'fa1'])
    announce(lab, 'sw', 'gi7', [])
    announce(lab, 'cisco', 'fa1', ['-cc'])
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
