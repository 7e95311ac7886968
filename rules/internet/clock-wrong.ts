// Rule: this machine's clock is wrong: a well-known host's certificate is "not yet valid" or "expired" by this clock.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {readTls} from '../../src/capabilities/internet/classify.js'
import portal from './portal.js'

/** clockWrong reports certificates rejected for their dates: the clock, not the certificate, is usually what is off. */
export default defineRule<Snapshot>({
  id: 'internet.clock-wrong',
  title: "This machine's clock is wrong: certificates are not yet valid, or expired, by it",
  severity: 'error',
  dependsOn: [portal],
  evaluate(snapshot) {
    const facts = snapshot.internet
    if (!facts) return []
    const caught = facts.tls.filter(check => readTls(check) === 'clock')
    const first = caught[0]
    if (!first) return []
    const early = first.code === 'CERT_NOT_YET_VALID' || first.code === 'CRL_NOT_YET_VALID'
    const window = first.certificate ? `valid from ${first.certificate.validFrom} to ${first.certificate.validTo}` : 'its dates unknown'
    return [
      {
        title: `This machine's clock says ${facts.clock}, and by it ${first.host}'s certificate is ${early ? 'not yet valid' : 'expired'}: set the clock`,
        evidence: [
          `the system clock said ${facts.clock} when the run started`,
          ...caught.map(
            check =>
              `${check.host}:${check.port}: ${check.code}; certificate ${check.certificate?.subject ?? ''} issued by ${check.certificate?.issuer ?? '?'}, ${window}`,
          ),
        ],
        next: [
          'Set the clock: `sudo timedatectl set-ntp true` (network time), or `sudo date -s "YYYY-MM-DD HH:MM"`.',
          'A clock that is wrong after every start-up has a flat CMOS battery.',
        ],
      },
    ]
  },
})
