// Rule: a sending address's PTR names a host name whose addresses do not include it: the reverse name is not forward-confirmed.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {remedies} from '../../src/capabilities/mail/advice.js'
import {checkedSenders} from '../../src/capabilities/mail/classify.js'

/** mailPtrMismatch reports each sending address whose PTR name resolves, but to other addresses. */
export default defineRule<Snapshot>({
  id: 'mail.ptr-mismatch',
  title: "A sending address's PTR names a host that resolves to other addresses",
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.mail
    if (!facts) return []
    return checkedSenders(facts).flatMap(({sender, ptr, names}) => {
      const other = names.filter(name => name.kind === 'other')
      if (ptr.kind !== 'names' || other.length === 0) return []
      const name = other[0]!.name
      return [
        {
          title: `${sender.label}: the PTR of ${sender.address} names ${name}, which resolves to ${other[0]!.addresses.join(', ')}, not back to ${sender.address}`,
          evidence: [`${ptr.answer.server}: PTR of ${sender.address} → ${ptr.names.join(', ')}`, ...other.map(reading => reading.detail)],
          next: remedies(
            sender,
            facts,
            `Make ${name} resolve to ${sender.address} too (\`${name}. IN ${sender.address.includes(':') ? 'AAAA' : 'A'} ${sender.address}\`), or have the PTR changed to the name this server really has.`,
          ),
          subject: sender.address,
        },
      ]
    })
  },
})
