// Rule: a sending address has no PTR record: the DNS server answered NXDOMAIN or NODATA for its reverse name.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {reverseName} from '../../src/net/address.js'
import {ptrOwnerStep, remedies, wantedName} from '../../src/capabilities/mail/advice.js'
import {checkedSenders} from '../../src/capabilities/mail/classify.js'

/** mailNoPtr reports each sending address whose reverse name the DNS denies: receiving servers (Gmail over IPv6 first) refuse it. */
export default defineRule<Snapshot>({
  id: 'mail.no-ptr',
  title: 'A sending address has no PTR record',
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.mail
    if (!facts) return []
    return checkedSenders(facts).flatMap(({sender, ptr}) => {
      if (ptr.kind !== 'none') return []
      return [
        {
          title: `${sender.label}: ${sender.address} has no PTR record, so receiving servers that check (Gmail for IPv6) refuse or junk the mail`,
          evidence: [
            `${ptr.answer.server} answers ${ptr.answer.outcome === 'nxdomain' ? 'NXDOMAIN' : 'NODATA'} for ${reverseName(sender.address)} PTR (${ptr.answer.ms} ms)`,
            ...(sender.source === 'hop' ? [`Received: ${facts.hops[(sender.hop ?? 1) - 1]?.header ?? ''}`] : []),
          ],
          next: remedies(sender, facts, ptrOwnerStep(sender.address, wantedName(facts, sender.address))),
          subject: sender.address,
        },
      ]
    })
  },
})
