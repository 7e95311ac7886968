// Rule: a sending address's PTR names a host name that has no A or AAAA record, so the reverse name cannot be confirmed forward.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {remedies} from '../../src/capabilities/mail/advice.js'
import {checkedSenders} from '../../src/capabilities/mail/classify.js'

/** mailPtrNoAddress reports each sending address whose PTR name the DNS says has no address at all. */
export default defineRule<Snapshot>({
  id: 'mail.ptr-no-address',
  title: "A sending address's PTR names a host with no address",
  severity: 'error',
  evaluate(snapshot) {
    const facts = snapshot.mail
    if (!facts) return []
    return checkedSenders(facts).flatMap(({sender, ptr, names}) => {
      const empty = names.filter(name => name.kind === 'none')
      if (ptr.kind !== 'names' || empty.length === 0) return []
      const name = empty[0]!.name
      return [
        {
          title: `${sender.label}: the PTR of ${sender.address} names ${name}, which has no address, so it is not forward-confirmed`,
          evidence: [`${ptr.answer.server}: PTR of ${sender.address} → ${ptr.names.join(', ')}`, ...empty.map(reading => reading.detail)],
          next: remedies(
            sender,
            facts,
            `Add the record \`${name}. IN ${sender.address.includes(':') ? 'AAAA' : 'A'} ${sender.address}\` to the zone of ${name} (or have the PTR changed to a name that has it).`,
          ),
          subject: sender.address,
        },
      ]
    })
  },
})
