// why-no-ping of a public name on a real stack behind a captive portal (its DNS answers every name with itself): the verdict is
// dns.hijacked, not target.reachable; a LAN's own DNS giving its own public domain a private address is no hijack.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {Lab, canBuildLabs} from '../lab/lab.js'
import {buildInternet, labFiles, NET, startPortal, type Certificates, type LabFiles} from '../lab/internet.js'
import {jsonOf} from '../support/cli.js'

interface Verdict {
  verdict: {id: string; title: string; evidence: string[]}
  probes: {probe: string; subject: string; outcome: string}[]
}

describe.skipIf(!canBuildLabs())('why-no-ping behind a captive portal', () => {
  let lab: Lab | null = null
  let files: LabFiles
  let certificates: Certificates
  beforeAll(() => {
    files = labFiles()
    certificates = files.certificates
  })
  afterAll(() => files?.remove())
  afterEach(() => {
    lab?.destroy()
    lab = null
  })

  it('says the DNS server answers every name (a portal), not that example.com answers ping', async () => {
    lab = new Lab('wpp')
    await buildInternet(lab, certificates)
    await startPortal(lab)
    const result = await lab.netdoc('pc', ['why-no-ping', '--json', 'example.com'])
    const report = jsonOf<Verdict>(result)
    expect(report.verdict.id, report.verdict.title).toBe('dns.hijacked')
    expect(report.verdict.title).toContain(`with ${NET.router}, a private address`)
    expect(report.probes.some(probe => probe.subject.includes('(made up)') && probe.outcome === 'answered')).toBe(true)
    expect(result.code).toBe(1)
  })

  it("takes a public domain the LAN's own DNS gives a private address (a made-up name beside it is refused) as the target", async () => {
    lab = new Lab('wpp')
    await buildInternet(lab, certificates)
    await lab.dnsmasq('router', {dev: 'eth0', extra: ['--host-record=files.example.org,192.168.71.1']})
    lab.etcFile('pc', 'resolv.conf', `nameserver ${NET.router}\n`)
    const result = await lab.netdoc('pc', ['why-no-ping', '--json', 'files.example.org'])
    const report = jsonOf<Verdict>(result)
    expect(report.verdict.id, report.verdict.title).toBe('target.reachable')
    expect(report.probes.some(probe => probe.subject.includes('(made up)') && probe.outcome !== 'answered')).toBe(true)
    expect(result.code).toBe(0)
  })
})
