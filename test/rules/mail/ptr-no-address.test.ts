// mail.ptr-no-address: the PTR names a host the DNS says has no A or AAAA record.
import rule from '../../../rules/mail/ptr-no-address.js'
import {mailSnapshot, passing, sender} from '../../support/mail.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'a PTR that resolves back', snapshot: mailSnapshot([passing()])},
    {
      name: "the name's addresses could not be read",
      snapshot: mailSnapshot([sender('203.0.113.8', ['ghost.example.net'], {'ghost.example.net': 'no-answer'})]),
    },
    {name: 'no PTR at all (that is mail.no-ptr)', snapshot: mailSnapshot([sender('203.0.113.8', [])])},
  ],
  invalid: [
    {
      name: 'the PTR names a host with no address: add its A record',
      snapshot: mailSnapshot([sender('203.0.113.8', ['ghost.example.net'])]),
      reports: [
        {
          subject: '203.0.113.8',
          title: /names ghost\.example\.net, which has no address/,
          evidence: [/PTR of 203\.0\.113\.8 → ghost\.example\.net/, /ghost\.example\.net has no A or AAAA record/],
          next: [/ghost\.example\.net\. IN A 203\.0\.113\.8/],
        },
      ],
    },
    {
      name: 'an IPv6 address: an AAAA record, and IPv4 to the provider meanwhile',
      snapshot: mailSnapshot([sender('2001:db8::8', ['ghost.example.net'])]),
      reports: [{next: [/IN AAAA 2001:db8::8/, /over IPv4/]}],
    },
  ],
})
