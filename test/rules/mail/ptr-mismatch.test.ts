// mail.ptr-mismatch: the PTR names a host whose addresses do not include the sending address.
import rule from '../../../rules/mail/ptr-mismatch.js'
import {mailSnapshot, passing, sender} from '../../support/mail.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'a PTR that resolves back', snapshot: mailSnapshot([passing()])},
    {
      name: 'the same IPv6 address spelt another way',
      snapshot: mailSnapshot([
        sender('2001:0db8:0100:0000:0000:0000:0000:0025', ['mail.example.net'], {'mail.example.net': ['2001:db8:100::25']}),
      ]),
    },
    {name: 'the name has no address (that is mail.ptr-no-address)', snapshot: mailSnapshot([sender('203.0.113.9', ['mail.example.net'])])},
  ],
  invalid: [
    {
      name: 'the PTR names a host with other addresses',
      snapshot: mailSnapshot([sender('203.0.113.9', ['mail.example.net'], {'mail.example.net': ['198.51.100.25']})]),
      reports: [
        {
          subject: '203.0.113.9',
          title: /mail\.example\.net, which resolves to 198\.51\.100\.25, not back to 203\.0\.113\.9/,
          evidence: [/mail\.example\.net → 198\.51\.100\.25/],
          next: [/Make mail\.example\.net resolve to 203\.0\.113\.9/],
        },
      ],
    },
    {
      name: 'one of two PTR names resolves elsewhere',
      snapshot: mailSnapshot([
        sender('203.0.113.9', ['mail.example.net', 'old.example.net'], {
          'mail.example.net': ['203.0.113.9'],
          'old.example.net': ['198.51.100.1'],
        }),
      ]),
      reports: [{title: /old\.example\.net/}],
    },
  ],
})
