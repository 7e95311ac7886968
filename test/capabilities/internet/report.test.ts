// The internet report: the verdict is the first cause in the rules' causal order, the state is NetworkManager's word, and when
// no rule can decide, netdoc.undetermined says what was seen.
import {describe, expect, it} from 'vitest'
import {internetReport} from '../../../src/capabilities/internet/report.js'
import {internetRules} from '../../../rules/internet/index.js'
import {ENDPOINTS, dnsAll, healthyInternet, httpAnswer, notResolved, online, tlsResult, upstream} from '../../support/internet.js'
import {ROUTER, neighbour, pinged} from '../../support/ping.js'

const login = {location: 'http://192.168.1.1/login'}

describe('the internet report', () => {
  it('orders the verdicts causes first: the gateway, a portal, DNS, the line, HTTPS, then the good news last', () => {
    const ids = internetRules.map(rule => rule.id)
    expect(ids[0]).toBe('internet.no-gateway')
    expect(ids.indexOf('internet.portal')).toBeLessThan(ids.indexOf('internet.dns-hijacked'))
    expect(ids.indexOf('internet.portal')).toBeLessThan(ids.indexOf('internet.upstream-down'))
    expect(ids.indexOf('internet.upstream-down')).toBeLessThan(ids.indexOf('internet.https-blocked'))
    expect(ids.at(-1)).toBe('internet.ok')
  })

  it('is full and ok when everything answers', () => {
    const report = internetReport(online(healthyInternet()))
    expect(report).toMatchObject({state: 'full', verdict: {id: 'internet.ok'}})
    expect(report.path.map(step => [step.step, step.status])).toEqual([
      ['machine', 'ok'],
      ['port', 'ok'],
      ['gateway', 'ok'],
      ['dns', 'ok'],
      ['beyond', 'ok'],
      ['http', 'ok'],
      ['https', 'ok'],
      ['ipv6', 'not used'],
      ['mtu', 'ok'],
    ])
  })

  it('names a portal (not the DNS hijack or the blocked HTTPS it causes) and says portal', () => {
    const facts = healthyInternet({
      http: [httpAnswer(ENDPOINTS.http[0]!.url, 302, login)],
      dns: healthyInternet().dns.map(answer => ({...answer, outcome: 'answered' as const, addresses: [ROUTER], code: null})),
      tls: [tlsResult({outcome: 'refused', certificate: null})],
      upstream: [upstream('1.1.1.1', 'silent')],
    })
    const report = internetReport(online(facts))
    expect(report).toMatchObject({state: 'portal', verdict: {id: 'internet.portal'}})
    expect(report.findings.map(finding => finding.id)).toEqual(['internet.portal'])
  })

  it('says none without a gateway, limited when the line is down', () => {
    const silent = {upstream: [upstream('1.1.1.1', 'silent')], dns: dnsAll('no-answer'), ...notResolved()}
    const dead = healthyInternet({
      ...silent,
      gateway: {address: ROUTER, dev: 'eth0', ping: pinged(ROUTER, 'no-reply'), neighbour: neighbour(ROUTER, 'FAILED')},
    })
    expect(internetReport(online(dead))).toMatchObject({state: 'none', verdict: {id: 'internet.no-gateway'}})
    expect(internetReport(online(healthyInternet(silent)))).toMatchObject({state: 'limited', verdict: {id: 'internet.upstream-down'}})
  })

  it('is undetermined when the facts cannot decide, saying what was seen and what would decide it', () => {
    const unknown = healthyInternet({
      gateway: {address: ROUTER, dev: 'eth0', ping: pinged(ROUTER, 'not-permitted'), neighbour: null},
      upstream: [],
      dns: dnsAll('no-answer'),
      ...notResolved(),
    })
    const report = internetReport({...online(unknown), gaps: [{fact: 'ping', reason: 'needs CAP_NET_RAW', section: 'internet'}]})
    expect(report.verdict).toMatchObject({id: 'netdoc.undetermined', severity: 'warning'})
    expect(report.verdict.evidence).toEqual(
      expect.arrayContaining([expect.stringMatching(/^gateway 192\.168\.1\.1: not checked/), 'not checked: ping: needs CAP_NET_RAW']),
    )
    expect(report.verdict.next.join(' ')).toMatch(/What would decide it/)
  })
})

describe('netdoc report with an internet section', () => {
  it('holds the internet report under its key, puts its verdict among the verdicts first, and gives it a part of the document', async () => {
    const {fullReport} = await import('../../../src/report/full-report.js')
    const {reportDocument} = await import('../../../src/render/report-document.js')
    const snapshot = online(healthyInternet({http: [httpAnswer(ENDPOINTS.http[0]!.url, 302, login)]}))
    const report = fullReport(snapshot)
    expect(report.internet).toMatchObject({state: 'portal', verdict: {id: 'internet.portal'}})
    expect(report.findings[0]?.id).toBe('internet.portal')
    const blocks = reportDocument(report)
    const at = blocks.findIndex(block => block.kind === 'heading' && block.text === 'The internet: portal')
    expect(at).toBeGreaterThan(0)
    expect(blocks[at + 1]).toMatchObject({
      kind: 'lines',
      lines: expect.arrayContaining([expect.stringMatching(/^→ HTTP check: failed, portal: http:\/\/192\.168\.1\.1\/login$/)]),
    })
    expect(fullReport(online(healthyInternet())).internet?.state).toBe('full')
  })
})
