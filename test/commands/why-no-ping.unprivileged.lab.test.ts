// why-no-ping as an ordinary user on a real kernel stack: ping refused, a verdict all the same, and what could not be checked.
import {copyFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {jsonOf} from '../support/cli.js'
import {Lab, NETDOC_BIN, canBuildLabs} from '../lab/lab.js'
import {OFFICE, UNPRIVILEGED, buildOffice, runScenario, scenarioNamed, type WhyNoPingJson} from '../lab/scenarios/why-no-ping.js'

/** AS_NOBODY runs as nobody but leaves CAP_NET_RAW reachable through a program's file capabilities (an ordinary desktop user). */
const AS_NOBODY = UNPRIVILEGED.filter(arg => arg !== '--bounding-set=-net_raw')

describe.skipIf(!canBuildLabs())('why-no-ping in the lab: an ordinary user', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('no CAP_NET_RAW within reach: ping refused, the server shown present all the same, the gaps named', async () => {
    lab = new Lab('p4')
    const {code, report} = await runScenario(lab, scenarioNamed('user who may not ping'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('ping.not-permitted')
    expect(report!.verdict.evidence).toContain('ping: not permitted to run ping')
    expect(report!.verdict.evidence).toContain('net.ipv4.ping_group_range is "1 0": no group may use unprivileged ICMP sockets')
    expect(report!.verdict.evidence.some(line => /the target is there all the same: .*answered TCP/.test(line))).toBe(true)
    expect(report!.verdict.next.join('\n')).toMatch(/setcap cap_net_raw\+p .*ping[\s\S]*ping_group_range="0 2147483647"/)
    expect(report!.notChecked.find(gap => gap.fact === 'ARP probing (arping)')?.reason).toMatch(/needs CAP_NET_RAW/)
  })

  it('a ping binary that lost its capability says "socket: Operation not permitted", and netdoc shows its capabilities', async () => {
    lab = new Lab('p4')
    await buildOffice(lab)
    const bin = lab.tempDir()
    copyFileSync('/usr/bin/ping', join(bin, 'ping'))
    lab.run('pc', ['chmod', '755', join(bin, 'ping')])
    const result = await lab.try('pc', [
      ...AS_NOBODY,
      'env',
      `PATH=${bin}:/usr/bin:/bin:/usr/sbin`,
      'NO_COLOR=1',
      process.execPath,
      NETDOC_BIN,
      'why-no-ping',
      '--json',
      OFFICE.server,
    ])
    const report = jsonOf<WhyNoPingJson>(result)
    expect(report.verdict.id).toBe('ping.not-permitted')
    expect(report.verdict.evidence).toContain(`ping: ${join(bin, 'ping')}: socket: Operation not permitted`)
    expect(report.verdict.evidence).toContain(`${join(bin, 'ping')} has no file capabilities and is not set-uid root`)
  })

  it('the target is gone: the neighbour table decides (no ARP reply), the refused ping is listed beside it', async () => {
    lab = new Lab('p4')
    await buildOffice(lab)
    const result = await lab.try('pc', [
      ...UNPRIVILEGED,
      'env',
      'NO_COLOR=1',
      process.execPath,
      NETDOC_BIN,
      'why-no-ping',
      '--json',
      '--',
      OFFICE.absent,
    ])
    const report = jsonOf<WhyNoPingJson>(result)
    expect(result.code).toBe(1)
    expect(report.verdict.id).toBe('target.no-arp-reply')
    expect(report.verdict.evidence.some(line => /neighbour table: 192\.168\.60\.99 on eth0 is (INCOMPLETE|FAILED)/.test(line))).toBe(true)
    expect(report.findings.map(f => f.id)).toEqual(['target.no-arp-reply', 'ping.not-permitted'])
  })
})
