// mail.ok: every checked address has a PTR whose names resolve back to it and look like a server's own.
import rule from '../../../rules/mail/ok.js'
import {mailSnapshot, passing, sender} from '../../support/mail.js'
import {testRule} from '../../support/rule-tester.js'

testRule(rule, {
  valid: [
    {name: 'nothing checked', snapshot: mailSnapshot([])},
    {name: 'one address without PTR', snapshot: mailSnapshot([passing(), sender('203.0.113.7', [])])},
    {name: 'one address DNS could not decide', snapshot: mailSnapshot([passing(), sender('203.0.113.7', 'no-answer')])},
    {
      name: 'a generic name',
      snapshot: mailSnapshot([
        sender('203.0.113.10', ['dsl-203-0-113-10.example.net'], {'dsl-203-0-113-10.example.net': ['203.0.113.10']}),
      ]),
    },
  ],
  invalid: [
    {
      name: 'both families pass',
      snapshot: mailSnapshot([passing('198.51.100.25'), passing('2001:db8:100::25')]),
      reports: [
        {
          severity: 'info',
          title: /198\.51\.100\.25, 2001:db8:100::25/,
          evidence: [/198\.51\.100\.25 → mail\.example\.net → 198\.51\.100\.25/],
        },
      ],
    },
  ],
})
