// mail.helo-mismatch: the configured HELO name is no full name, has no address, or resolves to none of this machine's addresses.
import rule from '../../../rules/mail/helo-mismatch.js'
import type {Helo} from '../../../src/capabilities/mail/facts.js'
import {MAIL_DNS, mailSnapshot, passing} from '../../support/mail.js'
import {dnsAnswer} from '../../support/ping.js'
import {testRule} from '../../support/rule-tester.js'

const OWN = '198.51.100.25'

function helo(name: string, answer: ReturnType<typeof dnsAnswer> | null, extra: Partial<Helo> = {}): Helo {
  return {
    mta: 'postfix',
    path: '/etc/postfix/main.cf',
    setting: 'myhostname',
    name,
    defaulted: false,
    forward: answer ? [answer] : [],
    ...extra,
  }
}

const mine = {machineAddresses: [OWN]}

testRule(rule, {
  valid: [
    {
      name: 'the HELO name resolves to the sending address',
      snapshot: mailSnapshot([passing(OWN)], {
        ...mine,
        helo: helo('mail.example.net', dnsAnswer(MAIL_DNS, 'mail.example.net', 'answered', [OWN])),
      }),
    },
    {name: 'no mail server configured', snapshot: mailSnapshot([passing(OWN)], mine)},
    {
      name: 'DNS could not say',
      snapshot: mailSnapshot([passing(OWN)], {
        ...mine,
        helo: helo('mail.example.net', dnsAnswer(MAIL_DNS, 'mail.example.net', 'no-answer')),
      }),
    },
    {
      name: "a bad HELO name, when the address checked is another server's",
      snapshot: mailSnapshot([passing('203.0.113.5')], {helo: helo('jade', dnsAnswer(MAIL_DNS, 'jade', 'nxdomain'))}),
    },
    {
      name: 'another address than the one checked, when this machine sends from none of them',
      snapshot: mailSnapshot([passing('203.0.113.5')], {
        helo: helo('mail.example.net', dnsAnswer(MAIL_DNS, 'mail.example.net', 'answered', [OWN])),
      }),
    },
  ],
  invalid: [
    {
      name: "it resolves to another machine's address",
      snapshot: mailSnapshot([passing(OWN)], {
        ...mine,
        helo: helo('other.example.net', dnsAnswer(MAIL_DNS, 'other.example.net', 'answered', ['198.51.100.99'])),
      }),
      reports: [
        {
          subject: 'other.example.net',
          title: /resolves to 198\.51\.100\.99, none of this machine's sending addresses/,
          next: [/myhostname = /],
        },
      ],
    },
    {
      name: 'it has no address',
      snapshot: mailSnapshot([passing(OWN)], {
        ...mine,
        helo: helo('ghost.example.net', dnsAnswer(MAIL_DNS, 'ghost.example.net', 'nxdomain')),
      }),
      reports: [{title: /has no A or AAAA record/}],
    },
    {
      name: "Exim's default, the machine's short name",
      snapshot: mailSnapshot([passing(OWN)], {
        ...mine,
        helo: helo('jade', dnsAnswer(MAIL_DNS, 'jade', 'nxdomain'), {
          mta: 'exim',
          path: '/etc/exim4/exim4.conf',
          setting: "the machine's name",
          defaulted: true,
        }),
      }),
      reports: [
        {
          title: /jade is no full domain name/,
          evidence: [/exim greets as jade \(the machine's name, as \/etc\/exim4\/exim4\.conf sets no name\)/],
          next: [/primary_hostname = /],
        },
      ],
    },
  ],
})
