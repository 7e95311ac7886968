// why-no-ping on a real kernel stack, the way there: a name that does not exist, a DNS server that does not answer, a router switched off.
import {afterEach, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {OFFICE, runScenario, scenarioNamed} from '../lab/scenarios/why-no-ping.js'

describe.skipIf(!canBuildLabs())('why-no-ping in the lab: DNS and the gateway', () => {
  let lab: Lab | undefined
  afterEach(() => lab?.destroy())

  it('a name that does not exist: dnsmasq answers NXDOMAIN, and /etc/hosts has none', async () => {
    lab = new Lab('p2')
    const {code, report} = await runScenario(lab, scenarioNamed('name that does not exist'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('dns.unresolved')
    expect(report!.verdict.evidence[0]).toMatch(/^192\.168\.60\.1 answered NXDOMAIN \(no such name\) for nosuch\.lan \(\d+ ms\)$/)
    expect(report!.verdict.evidence).toContain('/etc/hosts has no entry for nosuch.lan')
  })

  it('a DNS server that does not exist: named, the name called unknown not wrong, within the deadline', async () => {
    lab = new Lab('p2')
    const started = Date.now()
    const {code, report} = await runScenario(lab, scenarioNamed('DNS server that does not exist'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('dns.no-answer')
    expect(report!.verdict.title).toContain(`${OFFICE.deadDns} does not answer, so the address of server.lan is unknown`)
    expect(report!.verdict.evidence.some(line => line.startsWith(`arping ${OFFICE.deadDns} on eth0:`))).toBe(true)
    expect(report!.probes.filter(p => p.probe === 'dns').every(p => p.outcome === 'no-answer')).toBe(true)
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('the router switched off: the gateway does not answer ARP, nothing further is blamed', async () => {
    lab = new Lab('p2')
    const {code, report} = await runScenario(lab, scenarioNamed('router switched off'))
    expect(code).toBe(1)
    expect(report!.verdict.id).toBe('gateway.unreachable')
    expect(report!.verdict.evidence).toContain(`ip route get ${OFFICE.remote}: dev eth0 via ${OFFICE.router}`)
    expect(report!.verdict.evidence.some(line => /arping 192\.168\.60\.1 on eth0: .*no reply/.test(line))).toBe(true)
    expect(report!.path.find(step => step.step === 'gateway')?.status).toBe('failed')
    expect(report!.findings.map(f => f.id)).not.toContain('target.no-reply')
  })
})
