// Rule: every sending address checked has a PTR whose every name resolves back to it and looks like a server's own name.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {checkedSenders, isDecided, passes} from '../../src/capabilities/mail/classify.js'
import genericPtr from './generic-ptr.js'
import heloMismatch from './helo-mismatch.js'
import noPtr from './no-ptr.js'
import ptrMismatch from './ptr-mismatch.js'
import ptrNoAddress from './ptr-no-address.js'

/** mailOk reports the good news: each address's PTR and its forward confirmation, as the receiving servers will see them. */
export default defineRule<Snapshot>({
  id: 'mail.ok',
  title: 'Every sending address has a forward-confirmed PTR',
  severity: 'info',
  dependsOn: [noPtr, ptrNoAddress, ptrMismatch, genericPtr, heloMismatch],
  evaluate(snapshot) {
    const facts = snapshot.mail
    if (!facts) return []
    const readings = checkedSenders(facts)
    if (readings.length === 0 || !readings.every(reading => isDecided(reading) && passes(reading))) return []
    return [
      {
        title: `Every sending address has a PTR that resolves back to it (${readings.map(reading => reading.sender.address).join(', ')})`,
        evidence: readings.map(
          ({sender, names}) => `${sender.label}: ${sender.address} → ${names.map(name => name.name).join(', ')} → ${sender.address}`,
        ),
        next: [
          'If mail still bounces, read the whole bounce: `netdoc mail --headers FILE` checks every hop of its Received: chain, as Gmail does.',
        ],
      },
    ]
  },
})
