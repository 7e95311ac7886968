// A snapshot taken with `--internet --redact` keeps its verdict: addresses and names are masked consistently, so the checks still
// match their endpoints, a hijack still shows, and a portal's URL is masked like every other name.
import {describe, expect, it} from 'vitest'
import {internetReport} from '../../../src/capabilities/internet/report.js'
import {redactSnapshot} from '../../../src/redact/snapshot.js'
import {DNS_SERVER, ENDPOINTS, healthyInternet, httpAnswer, online} from '../../support/internet.js'
import {dnsAnswer} from '../../support/ping.js'

const verdictAfterRedaction = async (facts: ReturnType<typeof healthyInternet>) => {
  const redacted = await redactSnapshot(online(facts), [])
  if (!redacted.ok) throw new Error(redacted.error)
  return {before: internetReport(online(facts)), after: internetReport(redacted.snapshot), text: JSON.stringify(redacted.snapshot)}
}

describe('a redacted internet section', () => {
  it('loads and keeps the verdict and state of a healthy run', async () => {
    const {before, after} = await verdictAfterRedaction(healthyInternet())
    expect(after).toMatchObject({state: before.state, verdict: {id: 'internet.ok'}})
  })

  it('keeps a portal a portal, its login address masked', async () => {
    const portal = healthyInternet({
      http: [httpAnswer(ENDPOINTS.http[0]!.url, 302, {location: 'http://login.hotel-kestrel.co.uk/?mac=3c:28:6d:c4:79:f9'})],
    })
    const {after, text} = await verdictAfterRedaction(portal)
    expect(after).toMatchObject({state: 'portal', verdict: {id: 'internet.portal'}})
    expect(text).not.toContain('hotel-kestrel')
    expect(text).not.toContain('3c:28:6d:c4:79:f9')
  })

  it('keeps NXDOMAIN hijacking visible', async () => {
    const hijacked = healthyInternet({
      dns: [...healthyInternet().dns.slice(0, 3), dnsAnswer(DNS_SERVER, ENDPOINTS.madeUpName, 'answered', ['81.2.69.142'])],
    })
    const {after, text} = await verdictAfterRedaction(hijacked)
    expect(after.verdict.id).toBe('internet.dns-hijacked')
    expect(text).not.toContain('81.2.69.142')
  })
})
