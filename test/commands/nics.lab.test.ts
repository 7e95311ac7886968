// `netdoc nics` on a real kernel stack: veth cables into a bridge, one pulled out at the switch.
import {afterEach, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, canBuildLabs} from '../lab/lab.js'

interface NicsJson {
  interfaces: {name: string; carrier: boolean | null; operstate: string; addresses: string[]; kind: string}[]
  findings: {id: string; subject?: string; title: string; evidence: string[]}[]
}

describe.skipIf(!canBuildLabs())('netdoc nics in a namespace lab', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('finds the configured port without cable while the other port has one', async () => {
    lab = new Lab('n1')
    lab.addSwitch()
    lab.plugIn('server', '192.168.77.10/24', '192.168.77.1')
    lab.cable('server', 'eth1', 'sw-eth1')
    lab.unplug('sw-server')

    const result = await lab.netdoc('server', ['nics', '--all', '--json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const report = jsonOf<NicsJson>(result)
    const eth0 = report.interfaces.find(i => i.name === 'eth0')!
    expect(eth0.carrier).toBe(false)
    expect(eth0.addresses).toContain('192.168.77.10/24')
    expect(report.interfaces.find(i => i.name === 'eth1')?.carrier).toBe(true)
    const wrongPort = report.findings.find(f => f.id === 'nic.cable-in-wrong-port')
    expect(wrongPort?.subject).toBe('eth0')
    expect(wrongPort?.title).toContain('eth1')
  })

  it('says the only configured port is unplugged, and is quiet once the cable is back', async () => {
    lab = new Lab('n2')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.78.20/24')
    lab.unplug('sw-pc')

    const unplugged = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--json']))
    expect(unplugged.findings.map(f => f.id)).toEqual(['nic.unplugged'])

    lab.run('switch', ['ip', 'link', 'set', 'sw-pc', 'up'])
    const plugged = await lab.netdoc('pc', ['nics', '--json'])
    expect(jsonOf<NicsJson>(plugged).findings).toEqual([])
    expect(plugged.code).toBe(0)
  })

  it('shows a switched-off port as disabled, not as a missing cable', async () => {
    lab = new Lab('n3')
    lab.addSwitch()
    lab.addHost('pc')
    lab.cable('pc', 'eth0', 'sw-eth0')
    lab.run('pc', ['ip', 'link', 'set', 'eth0', 'down'])
    const result = await lab.netdoc('pc', ['nics', '--all'])
    expect(result.stdout).toMatch(/eth0\s*│[^│]*│\s*disabled/)
    const json = jsonOf<NicsJson>(await lab.netdoc('pc', ['nics', '--all', '--json']))
    expect(json.interfaces.find(i => i.name === 'eth0')?.carrier).toBeNull()
  })
})
