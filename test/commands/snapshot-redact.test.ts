// `netdoc snapshot --redact`: the redacted file replays with --from to the same findings, with MACs masked behind their vendor part.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fixtureTree, runNetdoc} from '../support/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-redact-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

interface Port {
  name: string | null
  mac: string | null
  driver: string | null
  busId: string | null
  addresses: string[]
}

describe('netdoc snapshot --redact', () => {
  it('writes a snapshot that replays to the same findings, with every MAC masked behind its vendor part', async () => {
    const machine = {NETDOC_ROOT: fixtureTree('desktop-onboard-and-card')}
    const plainFile = join(dir, 'plain.json')
    const redactedFile = join(dir, 'redacted.json')
    expect((await runNetdoc(['snapshot', '-o', plainFile], machine)).code).toBe(0)
    const taken = await runNetdoc(['snapshot', '--redact', '-o', redactedFile], machine)
    expect(taken.code).toBe(0)
    expect(taken.stderr).toContain('redacting')

    const plain = await runNetdoc(['nics', '--json', '--from', plainFile])
    const redacted = await runNetdoc(['nics', '--json', '--from', redactedFile])
    expect(redacted.code).toBe(plain.code)
    const summary = (stdout: string) =>
      JSON.parse(stdout).findings.map((finding: {id: string; severity: string}) => `${finding.id} ${finding.severity}`)
    expect(summary(redacted.stdout)).toEqual(summary(plain.stdout))
    expect(summary(plain.stdout)).toContain('nic.cable-in-wrong-port error')

    const plainPorts: Port[] = JSON.parse(readFileSync(plainFile, 'utf8')).nics.ports
    const redactedText = readFileSync(redactedFile, 'utf8')
    const redactedPorts: Port[] = JSON.parse(redactedText).nics.ports
    const macs = plainPorts.map(port => port.mac).filter((mac): mac is string => mac !== null && mac !== '00:00:00:00:00:00')
    expect(macs.length).toBeGreaterThan(1)
    for (const mac of macs) expect(redactedText).not.toContain(mac)
    plainPorts.forEach((port, index) => {
      const masked = redactedPorts[index]!
      expect({...masked, mac: null, addresses: []}).toEqual({...port, mac: null, addresses: []})
      if (port.mac === null || port.mac === '00:00:00:00:00:00') return expect(masked.mac).toBe(port.mac)
      expect(masked.mac?.slice(0, 8)).toBe(port.mac.slice(0, 8))
      expect(masked.mac).not.toBe(port.mac)
    })
    expect(new Set(redactedPorts.map(port => port.mac)).size).toBe(new Set(plainPorts.map(port => port.mac)).size)
  })

  it('says what --redact does in its help', async () => {
    const help = await runNetdoc(['snapshot', '--help'])
    expect(help.stdout).toContain('--redact')
    expect(help.stdout).toContain('snapshot --redact -o netdoc-snapshot.json')
  })
})
