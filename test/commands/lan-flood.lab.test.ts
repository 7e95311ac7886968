// A LAN that floods (an ARP storm, a rogue DHCP server answering without end) cannot make `lan` spin or swell: it finishes in its
// usual time, keeps a bounded number of packets, and says how many it heard and that it kept only the first.
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, PROJECT_ROOT, canBuildLabs} from '../lab/lab.js'
import {jsonOf} from '../support/cli.js'

const FLOOD = join(PROJECT_ROOT, 'test', 'lab', 'tools', 'flood.py')

describe.skipIf(!canBuildLabs())('netdoc lan on a flooded LAN', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it.each([
    ['an ARP storm', 'arp', 'arpPackets', 'ARP packets'],
    ['a rogue DHCP server answering without end', 'dhcp', 'dhcpMessages', 'DHCP messages'],
  ] as const)('%s', async (_name, mode, heard, words) => {
    lab = new Lab('f1')
    lab.addSwitch()
    lab.plugIn('pc', '192.168.64.10/24', '192.168.64.1')
    lab.plugIn('flooder', '192.168.64.66/24')
    lab.background('flooder', ['python3', FLOOD, mode, 'eth0', '12'])
    await new Promise(resolve => setTimeout(resolve, 1000))
    const started = Date.now()
    const result = await lab.netdoc('pc', ['lan', '--json', '--listen', '3'])
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(result.stdout.length).toBeLessThan(4_000_000)
    const report = jsonOf(result)
    expect(report.lan.listened[heard]).toBeGreaterThan(2000)
    const gap = report.notChecked.find((entry: {fact: string}) => entry.fact === `all ${words} heard on eth0`)
    expect(gap?.reason).toMatch(new RegExp(`^heard \\d+ ${words}, far more than a LAN sends \\(a flood\\?\\); kept the first 2000$`))
    const snapshot = jsonOf(await lab.netdoc('pc', ['snapshot', '--timeout', '4']))
    expect(snapshot.lan.listening[mode].length).toBeLessThanOrEqual(2000)
  })
})
