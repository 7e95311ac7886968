// Rule: a sending address's PTR name looks like a provider's generic name for a customer line (the address spelt in it, `dsl`…).
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {ptrOwnerStep, remedies, wantedName} from '../../src/capabilities/mail/advice.js'
import {checkedSenders} from '../../src/capabilities/mail/classify.js'

/** mailGenericPtr reports each sending address whose PTR name looks generic: many receivers score it as a home line. */
export default defineRule<Snapshot>({
  id: 'mail.generic-ptr',
  title: "A sending address's PTR name looks generic (a provider's name for a customer line)",
  severity: 'warning',
  evaluate(snapshot) {
    const facts = snapshot.mail
    if (!facts) return []
    return checkedSenders(facts).flatMap(({sender, generic}) => {
      const first = generic[0]
      if (!first) return []
      return [
        {
          title: `${sender.label}: the PTR of ${sender.address} is ${first.name}, a generic-looking name (${first.reason}), which receiving servers score as a home line`,
          evidence: generic.map(({name, reason}) => `PTR of ${sender.address} → ${name}: ${reason}`),
          next: remedies(sender, facts, ptrOwnerStep(sender.address, wantedName(facts, sender.address))),
          subject: sender.address,
        },
      ]
    })
  },
})
