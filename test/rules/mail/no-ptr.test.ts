// mail.no-ptr: an address whose reverse name the DNS server denies (NXDOMAIN or NODATA); silence is not a denial.
import rule from '../../../rules/mail/no-ptr.js'
import {mailSnapshot, passing, ptrAnswer, sender} from '../../support/mail.js'
import {testRule} from '../../support/rule-tester.js'

const PHONE = '2001:db8:77:0:1571:f2fc:1a42:9b38'
const SERVER = '2001:db8:100::25'

testRule(rule, {
  valid: [
    {name: 'a PTR that resolves back', snapshot: mailSnapshot([passing()])},
    {name: 'the DNS server says nothing', snapshot: mailSnapshot([sender('203.0.113.7', 'no-answer')])},
    {
      name: 'a private hop, not asked about',
      snapshot: mailSnapshot([{...sender('192.168.1.20', []), skipped: 'a private address', ptr: []}]),
    },
    {name: 'no mail section', snapshot: {...mailSnapshot([]), mail: undefined}},
  ],
  invalid: [
    {
      name: 'a given IPv4 address without PTR: ask the block holder, check with dig -x',
      snapshot: mailSnapshot([sender('203.0.113.7', [])]),
      reports: [
        {
          subject: '203.0.113.7',
          title: /203\.0\.113\.7 has no PTR record/,
          evidence: [/NXDOMAIN for 7\.113\.0\.203\.in-addr\.arpa PTR/],
          next: [/reverse zone, 7\.113\.0\.203\.in-addr\.arpa/, /dig -x 203\.0\.113\.7/],
        },
      ],
    },
    {
      name: "NODATA counts as no PTR, and one server's silence does not outweigh another's denial",
      snapshot: mailSnapshot([
        {
          ...sender('203.0.113.7', []),
          ptr: [ptrAnswer('203.0.113.7', 'no-answer', [], '198.51.100.54'), ptrAnswer('203.0.113.7', 'no-data')],
        },
      ]),
      reports: [{evidence: [/NODATA/]}],
    },
    {
      name: "the seed's first hop: a phone's IPv6 privacy address, with the three ways out",
      snapshot: mailSnapshot(
        [
          sender(PHONE, [], {}, {source: 'hop', hop: 1, label: `hop 1 (from [${PHONE}] by mail.example.net)`}),
          sender(
            SERVER,
            ['mail.example.net'],
            {'mail.example.net': [SERVER]},
            {source: 'rejection', label: 'the address the receiving server refused'},
          ),
        ],
        {
          headersFile: 'bounce.eml',
          hops: [{from: null, address: PHONE, by: 'mail.example.net', header: `from [${PHONE}] by mail.example.net with esmtpsa`}],
          rejection: {address: SERVER, line: `550-5.7.1 [${SERVER} 16] Our system has detected`},
        },
      ),
      reports: [
        {
          subject: PHONE,
          title: /^hop 1 /,
          evidence: [/Received: from \[2001:db8:77/],
          next: [/Stop the header: have mail\.example\.net leave out/, /relay through a host whose address has a PTR/, /over IPv4/],
        },
      ],
    },
  ],
})
