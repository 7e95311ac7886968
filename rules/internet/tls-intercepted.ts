// Rule: TLS is intercepted: a well-known host's certificate comes from an issuer this machine does not trust, or names another host.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {readTls} from '../../src/capabilities/internet/classify.js'
import portal from './portal.js'

/** tlsIntercepted reports a handshake whose certificate this machine rejects for its issuer or its name: someone sits in the middle. */
export default defineRule<Snapshot>({
  id: 'internet.tls-intercepted',
  title: 'HTTPS is intercepted: the certificate comes from another issuer',
  severity: 'error',
  dependsOn: [portal],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const caught = facts.tls.filter(check => readTls(check) === 'issuer' || readTls(check) === 'name')
    const first = caught[0]
    if (!first) return []
    const issuer = first.certificate?.issuer || 'an unknown issuer'
    return [
      {
        title: `HTTPS is intercepted: ${first.host} shows a certificate issued by ${issuer}, which this machine does not trust`,
        evidence: caught.map(
          check =>
            `${check.host}:${check.port} at ${check.address}: ${check.code}${check.certificate ? `; certificate ${check.certificate.subject} issued by ${check.certificate.issuer}, valid ${check.certificate.validFrom} to ${check.certificate.validTo}` : ''}`,
        ),
        next: [
          "A proxy, antivirus or company firewall decrypts HTTPS on the way: if it is your company's or your own, that is expected (its CA belongs in the browsers' trust); if not, do not type passwords on this network.",
          `Compare with \`openssl s_client -connect ${first.host}:${first.port} -servername ${first.host}\` from another network.`,
        ],
        subject: first.host,
      },
    ]
  },
})
