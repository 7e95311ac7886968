// why-no-ping on a real kernel stack, the target itself: nobody there, a device on the old router's subnet, a firewall, two holders of one address.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {OFFICE, runScenario, scenarioNamed} from '../lab/scenarios/why-no-ping.js'

const MAC = /[0-9a-f]{2}(:[0-9a-f]{2}){5}/

function macOf(lab: Lab, host: string): string {
  return lab.run(host, ['cat', '/sys/class/net/eth0/address']).trim()
}

describe.skipIf(!canBuildLabs())('why-no-ping in the lab: the target', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('an address nobody holds: nothing answers ARP', async () => {
    lab = new Lab('p3')
    const {code, report} = await runScenario(lab, scenarioNamed('address nobody holds'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('target.no-arp-reply')
    expect(report!.verdict.evidence[0]).toBe(`${OFFICE.absent} is on the local subnet 192.168.60.0/24 of eth0: no gateway involved`)
    expect(report!.verdict.evidence.some(line => line.startsWith(`arping ${OFFICE.absent} on eth0:`))).toBe(true)
    expect(report!.verdict.next.join(' ')).toContain('netdoc nics')
  })

  it('IPv6: the server answers, and an address nobody holds fails by neighbour discovery, in those words', async () => {
    lab = new Lab('p3')
    const reachable = await runScenario(lab, scenarioNamed('server over IPv6 answers'))
    expect(reachable.code).toBe(0)
    expect(reachable.report!.verdict.id).toBe('target.reachable')
    expect(reachable.report!.path[0]).toMatchObject({step: 'machine', status: 'ok', detail: `${OFFICE.pc6}/64 on eth0`})
    lab.destroy()

    lab = new Lab('p3')
    const {code, report} = await runScenario(lab, scenarioNamed('IPv6 address nobody holds'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('target.no-arp-reply')
    expect(report!.verdict.title).toMatch(/^Nothing answers neighbour discovery for fd60::99 on the local subnet/)
    expect(report!.verdict.evidence).toContainEqual(
      expect.stringMatching(
        /^the kernel's neighbour table: fd60::99 on eth0 is (INCOMPLETE|FAILED) \(no MAC: neighbour discovery got no answer\)$/,
      ),
    )
    expect(JSON.stringify(report)).not.toMatch(/\bARP\b/)
  })

  it("a device still on the old router's subnet: its MAC, the gateway it asks for, and both fixes", async () => {
    lab = new Lab('p3')
    const scenario = scenarioNamed('device still configured for the old router')
    const {code, report} = await runScenario(lab, scenario)
    const staleMac = macOf(lab, 'stale')
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('target.wrong-subnet')
    expect(report!.verdict.title).toContain(`MAC ${staleMac}`)
    expect(report!.verdict.title).toContain(`192.168.1.0/24 with gateway ${OFFICE.staleGateway}`)
    expect(report!.verdict.evidence).toContain(
      `${OFFICE.stale} answered ARP on eth0 from ${staleMac}: it is on this cable (Linux answers ARP for its own address whatever subnet asks)`,
    )
    expect(report!.verdict.evidence.some(line => line.includes(`ask "who-has ${OFFICE.staleGateway}"`))).toBe(true)
    expect(report!.verdict.next[0]).toContain('192.168.60.0/24')
    expect(report!.verdict.next[1]).toContain('`sudo ip addr add 192.168.1.250/24 dev eth0`')
  })

  it('the temporary address the fix suggests does reach the stale device', async () => {
    lab = new Lab('p3')
    const {report} = await runScenario(lab, scenarioNamed('device still configured for the old router'))
    const command = /`sudo (ip addr add \S+ dev eth0)`/.exec(report!.verdict.next[1]!)![1]!
    lab.run('pc', command.split(' '))
    const again = await lab.try('pc', ['ping', '-n', '-c', '1', '-w', '2', '--', OFFICE.stale])
    expect(again.code).toBe(0)
  })

  it('a firewall that drops ping: ARP and a TCP reset prove the server is there', async () => {
    lab = new Lab('p3')
    const {code, report} = await runScenario(lab, scenarioNamed('server whose firewall drops ping'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('target.icmp-blocked')
    expect(report!.verdict.evidence[0]).toBe(`${OFFICE.server} answered ARP from ${macOf(lab, 'server')}`)
    expect(report!.verdict.evidence[1]).toMatch(/answered TCP: TCP .*22.* refused \(a reset: the host is there\)/)
  })

  it('two hosts holding one address: both MACs named, though ping gets answers', async () => {
    lab = new Lab('p3')
    const {code, report} = await runScenario(lab, scenarioNamed('two hosts holding one address'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('target.ip-conflict')
    const macs = [macOf(lab, 'server'), macOf(lab, 'twin')].sort()
    expect(report!.verdict.title.match(new RegExp(MAC, 'g'))!.sort()).toEqual(macs)
    expect(report!.findings.map(f => f.id)).toContain('target.reachable')
  })
})
