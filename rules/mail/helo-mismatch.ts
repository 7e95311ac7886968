// Rule: the name this machine's mail server greets with (HELO/EHLO) is no full name, has no address, or resolves to none of the
// addresses this machine sends from.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {sameAddress} from '../../src/net/address.js'
import {machineSenders, readHelo} from '../../src/capabilities/mail/classify.js'

/** mailHeloMismatch reports a HELO name receiving servers cannot match to the connection, when this machine's own addresses are checked. */
export default defineRule<Snapshot>({
  id: 'mail.helo-mismatch',
  title: "The mail server's HELO name does not resolve to the address it sends from",
  severity: 'warning',
  evaluate(snapshot) {
    const facts = snapshot.mail
    const helo = facts?.helo
    const reading = readHelo(helo ?? null)
    if (!facts || !helo || !reading || reading.kind === 'unknown') return []
    const source = `${helo.mta} greets as ${helo.name} (${helo.defaulted ? `${helo.setting}, as ${helo.path} sets no name` : `${helo.setting} in ${helo.path}`})`
    const setting = helo.mta === 'postfix' ? 'myhostname' : 'primary_hostname'
    const fix = `Set \`${setting} = <the name in your PTR>\` in ${helo.path}, and give that name an A/AAAA record with the sending address.`
    const own = machineSenders(facts).map(sender => sender.sender.address)
    if (own.length === 0) return [] // the HELO name matters for the mail this machine sends, not for another server checked from here
    const problem = !reading.name.includes('.')
      ? `${reading.name} is no full domain name`
      : reading.kind === 'none'
        ? `${reading.name} has no A or AAAA record`
        : !reading.addresses.some(address => own.some(held => sameAddress(held, address)))
          ? `${reading.name} resolves to ${reading.addresses.join(', ')}, none of this machine's sending addresses (${own.join(', ')})`
          : null
    if (!problem) return []
    return [
      {
        title: `The mail server's HELO name ${helo.name} does not match this machine: ${problem}`,
        evidence: [source, reading.detail],
        next: [
          fix,
          'Receiving servers compare the HELO name with the connecting address and its PTR; a mismatch costs spam score, and some refuse it.',
        ],
        subject: helo.name,
      },
    ]
  },
})
