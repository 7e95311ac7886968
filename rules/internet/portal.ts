// Rule: a captive portal holds the connection: the connectivity check was answered with a redirect or a login page.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {httpReadings, portalUrl} from '../../src/capabilities/internet/classify.js'
import noGateway from './no-gateway.js'

/** portal reports a connectivity check answered by someone else: a 30x to a login page, or an HTML page instead of the answer. */
export default defineRule<Snapshot>({
  id: 'internet.portal',
  title: 'A captive portal holds the connection (a hotel, train or guest network wants a login)',
  severity: 'error',
  dependsOn: [noGateway],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const caught = httpReadings(facts).filter(({reading}) => reading === 'redirect' || reading === 'login-page')
    const first = caught[0]
    if (!first) return []
    const url = portalUrl(first.check)
    const expected = (url: string) => facts.endpoints.http.find(endpoint => endpoint.url === url)?.status ?? 'answer'
    return [
      {
        title: `A captive portal holds the connection: log in at ${url}`,
        evidence: caught.map(({check, reading}) =>
          reading === 'redirect'
            ? `${check.url} (via ${check.address}) answered ${check.status} → ${check.location ?? '(no Location)'}, not the documented ${expected(check.url)}`
            : `${check.url} (via ${check.address}) answered ${check.status} with a web page (${check.contentType ?? 'no content type'}: "${check.body.slice(0, 80).replace(/\s+/g, ' ')}"), not the documented answer`,
        ),
        next: [
          `Open ${url} in a browser and log in or accept the terms; then run \`netdoc internet\` again.`,
          'Until then, other sites show the portal too, and HTTPS sites fail with certificate warnings.',
        ],
        subject: url,
      },
    ]
  },
})
