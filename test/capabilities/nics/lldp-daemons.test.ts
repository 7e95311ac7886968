// readDaemonNeighbours on recorded trees holding lldpcli's and networkctl's answers (test/fixtures/lldp-daemons): which daemon is
// believed, and what counts as "not running" rather than a problem.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {recordedHost} from '../../../src/host/host.js'
import {recordedOutputName} from '../../../src/host/run-command.js'
import {
  LLDPCLI_ARGV,
  LLDPD_SOCKETS,
  NETWORKCTL_ARGV,
  NETWORKD_SOCKETS,
  readDaemonNeighbours,
} from '../../../src/capabilities/nics/lldp-daemons.js'
import {fixtureTree} from '../../support/cli.js'

const answer = (name: string) => readFileSync(join(fixtureTree('lldp-daemons'), name), 'utf8')
const trees: string[] = []

/** treeWith records the given commands' outputs in a tree of its own, removed after each test, with the control socket of each
 * daemon that answered (a daemon runs where its socket is), unless `sockets` says which exist. */
function treeWith(outputs: [readonly string[], string][], sockets?: string[]): string {
  const tree = mkdtempSync(join(tmpdir(), 'netdoc-daemons-'))
  trees.push(tree)
  mkdirSync(join(tree, 'commands'))
  for (const [argv, text] of outputs) writeFileSync(join(tree, 'commands', recordedOutputName(argv)), text)
  const socketOf = (argv: readonly string[]) => (argv === LLDPCLI_ARGV ? LLDPD_SOCKETS[0]! : NETWORKD_SOCKETS[0]!)
  for (const socket of sockets ?? outputs.map(([argv]) => socketOf(argv))) {
    mkdirSync(join(tree, dirname(socket)), {recursive: true})
    writeFileSync(join(tree, socket), '')
  }
  return tree
}

afterEach(() => {
  for (const tree of trees.splice(0)) rmSync(tree, {recursive: true, force: true})
})

describe('readDaemonNeighbours', () => {
  it("believes lldpd first, and names it each neighbour's source", async () => {
    const tree = treeWith([
      [LLDPCLI_ARGV, answer('lldpcli-json0-two-ports.json')],
      [NETWORKCTL_ARGV, answer('networkctl-lldp-two-links.json')],
    ])
    const read = await readDaemonNeighbours(recordedHost(tree))
    expect(read.problems).toEqual([])
    expect(read.heard.map(neighbour => [neighbour.dev, neighbour.source, neighbour.systemName])).toEqual([
      ['eth0', 'lldpcli', 'office-sw'],
      ['eth1', 'lldpcli', 'lab-cisco'],
    ])
  })

  it('reads networkd when lldpd does not run, or runs and heard nobody', async () => {
    for (const lldpcli of [[], [[LLDPCLI_ARGV, '{"lldp": [{}]}'] as [readonly string[], string]]]) {
      const tree = treeWith([...lldpcli, [NETWORKCTL_ARGV, answer('networkctl-lldp-two-links.json')]])
      const read = await readDaemonNeighbours(recordedHost(tree))
      expect(read.heard.map(neighbour => [neighbour.dev, neighbour.source, neighbour.portId])).toEqual([
        ['enp0s31f6', 'networkctl', 'Gi3/0/7'],
        ['ve-image', 'networkctl', 'host0'],
      ])
    }
  })

  it('asks no daemon whose control socket is absent (it does not run), even where its program would answer', async () => {
    const outputs: [readonly string[], string][] = [
      [LLDPCLI_ARGV, answer('lldpcli-json0-two-ports.json')],
      [NETWORKCTL_ARGV, answer('networkctl-lldp-two-links.json')],
    ]
    expect(await readDaemonNeighbours(recordedHost(treeWith(outputs, [])))).toEqual({heard: [], problems: []})
    const networkdOnly = await readDaemonNeighbours(recordedHost(treeWith(outputs, [NETWORKD_SOCKETS[0]!])))
    expect(networkdOnly.heard.map(neighbour => neighbour.source)).toEqual(['networkctl', 'networkctl'])
  })

  it('is silent where neither runs, and names what it could not read', async () => {
    expect(await readDaemonNeighbours(recordedHost(treeWith([])))).toEqual({heard: [], problems: []})
    const garbled = treeWith([[NETWORKCTL_ARGV, 'LINK CHASSIS-ID SYSTEM-NAME\n\n0 neighbors listed.\n']])
    expect(await readDaemonNeighbours(recordedHost(garbled))).toEqual({
      heard: [],
      problems: [expect.stringContaining('networkctl lldp: not valid JSON')],
    })
  })
})
