// why-no-ping on a real kernel stack, this machine's side: the target answers, or the PC has no link, no address, or no route.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {OFFICE, runScenario, scenarioNamed} from '../lab/scenarios/why-no-ping.js'

describe.skipIf(!canBuildLabs())('why-no-ping in the lab: this machine', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('a server on the LAN answers: exit 0, loss and round-trip time, the problem is elsewhere', async () => {
    lab = new Lab('p1')
    const {code, report} = await runScenario(lab, scenarioNamed('server on the LAN answers'))
    expect(code).toBe(0)
    expect(report!.verdict).toMatchObject({id: 'target.reachable', severity: 'info'})
    expect(report!.verdict.evidence[0]).toMatch(/3 sent, 3 received, 0% loss, round trip [\d.]+\/[\d.]+\/[\d.]+ ms/)
    expect(report!.path.map(step => step.status)).toEqual(['ok', 'ok', 'not used', 'ok'])
  })

  it('a short name resolves through the search domain, as ping would', async () => {
    lab = new Lab('p1')
    const {code, report} = await runScenario(lab, scenarioNamed('server by its short name (search lan) answers'))
    expect(code).toBe(0)
    expect(report!.address).toBe(OFFICE.server)
    expect(report!.path.find(step => step.step === 'dns')?.detail).toMatch(/server\.lan → 192\.168\.60\.20 \(192\.168\.60\.1, \d+ ms\)/)
  })

  it('a remote host behind the router answers, and the gateway step shows its MAC', async () => {
    lab = new Lab('p1')
    const {code, report} = await runScenario(lab, scenarioNamed('remote host behind the router answers'))
    expect(code).toBe(0)
    expect(report!.verdict.id).toBe('target.reachable')
    expect(report!.path.find(step => step.step === 'gateway')).toMatchObject({label: `gateway ${OFFICE.router}`, status: 'ok'})
  })

  it('the cable pulled out: no link, and no blame on anything further along', async () => {
    lab = new Lab('p1')
    const {code, report, stdout} = await runScenario(lab, scenarioNamed('cable pulled out of the PC'), {human: true})
    expect(code).toBe(1)
    expect(report).toBeNull()
    expect(stdout.split('\n')[0]).toMatch(
      /^PROBLEM {2}eth0, this machine's port towards 192\.168\.60\.20, has no link.*\[local\.no-carrier\]$/,
    )
    expect(stdout).toMatch(/→ port eth0\s+FAILED\s+no link/)
    expect(stdout).toMatch(/\nEvidence:\n  - eth0 \(virtual\) reports no link \(carrier 0\)/)
    expect(stdout).not.toMatch(/target\.no-arp-reply|dns\./)
  })

  it('only a self-assigned 169.254 address: DHCP got no answer', async () => {
    lab = new Lab('p1')
    const {code, report} = await runScenario(lab, scenarioNamed('PC with only a 169.254 address'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('local.no-address')
    expect(report!.verdict.evidence).toContain(
      'eth0 has link but only the self-assigned address 169.254.23.7/16: the machine asked for an address (DHCP) and got no answer',
    )
    expect(report!.findings.map(f => f.id)).not.toContain('local.no-route')
  })

  it('no default route: the kernel says so, and the fix names the likely router', async () => {
    lab = new Lab('p1')
    const {code, report} = await runScenario(lab, scenarioNamed('PC without a default route'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('local.no-route')
    expect(report!.verdict.evidence).toContain(`ip route get ${OFFICE.remote}: Network is unreachable`)
    expect(report!.verdict.next[0]).toContain(`sudo ip route add default via ${OFFICE.router} dev eth0`)
  })
})
