// mail.generic-ptr: a PTR name that spells the address or holds a provider's customer-line word.
import rule from '../../../rules/mail/generic-ptr.js'
import {mailSnapshot, passing, sender} from '../../support/mail.js'
import {testRule} from '../../support/rule-tester.js'

const back = (address: string, name: string) => sender(address, [name], {[name]: [address]})

testRule(rule, {
  valid: [
    {name: "a server's own name", snapshot: mailSnapshot([passing()])},
    {
      name: "a provider's domain holding a word is not the host's name",
      snapshot: mailSnapshot([back('203.0.113.10', 'mx1.cable.example')]),
    },
    {name: 'other numbers in the name', snapshot: mailSnapshot([back('203.0.113.10', 'mail-2.example.net')])},
  ],
  invalid: [
    {
      name: 'the address spelt with dashes',
      snapshot: mailSnapshot([back('203.0.113.10', 'dsl-203-0-113-10.pool.example.net')]),
      reports: [{subject: '203.0.113.10', title: /generic-looking name \(it spells the address\)/, severity: 'warning'}],
    },
    {
      name: 'the address reversed',
      snapshot: mailSnapshot([back('203.0.113.10', '10.113.0.203.customers.example.net')]),
      reports: [{title: /spells the address/}],
    },
    {
      name: 'a customer-line word',
      snapshot: mailSnapshot([back('198.51.100.77', 'host77.dynamic.isp.example')]),
      reports: [{title: /holds the word `dynamic`/}],
    },
    {
      name: "an IPv6 address's interface identifier",
      snapshot: mailSnapshot([back('2001:db8:77::1a42:9b38', 'ip-0000-0000-1a42-9b38.v6.isp.example')]),
      reports: [{title: /spells the address/}],
    },
  ],
})
