// Mail snapshots for rule and report tests: a sending address with its PTR and forward answers, as the collector records them.
import type {MailFacts, PtrAnswer, Sender} from '../../src/capabilities/mail/facts.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'
import {emptySnapshot} from '../../src/snapshot/snapshot.js'
import {dnsAnswer} from './ping.js'

/** MAIL_DNS is the DNS server the mail snapshots ask. */
export const MAIL_DNS = '198.51.100.53'

/** ptrAnswer is one server's answer to an address's PTR question. */
export function ptrAnswer(address: string, outcome: PtrAnswer['outcome'], names: string[] = [], server = MAIL_DNS): PtrAnswer {
  const code = outcome === 'answered' ? null : outcome === 'nxdomain' ? 'ENOTFOUND' : outcome === 'no-answer' ? 'ETIMEOUT' : 'ENODATA'
  return {server, address, outcome, names, ms: outcome === 'no-answer' ? 1500 : 3, code}
}

/** sender is a checked sending address: `names` its PTR names (none: NXDOMAIN), `forward` each name's addresses (absent: NXDOMAIN). */
export function sender(
  address: string,
  names: string[] | 'no-answer',
  forward: Record<string, string[] | 'no-answer'> = {},
  extra: Partial<Sender> = {},
): Sender {
  const ptr =
    names === 'no-answer'
      ? ptrAnswer(address, 'no-answer')
      : names.length > 0
        ? ptrAnswer(address, 'answered', names)
        : ptrAnswer(address, 'nxdomain')
  const asked = names === 'no-answer' ? [] : names
  return {
    address,
    source: 'given',
    hop: null,
    label: 'the given address',
    skipped: null,
    ptr: [ptr],
    forward: asked.map(name => {
      const got = forward[name]
      if (got === 'no-answer') return dnsAnswer(MAIL_DNS, name, 'no-answer')
      return got && got.length > 0 ? dnsAnswer(MAIL_DNS, name, 'answered', got) : dnsAnswer(MAIL_DNS, name, 'nxdomain')
    }),
    ...extra,
  }
}

/** mailSnapshot is a snapshot whose mail section holds `senders` (and `facts`' other fields). */
export function mailSnapshot(senders: Sender[], facts: Partial<MailFacts> = {}): Snapshot {
  return {
    ...emptySnapshot(),
    mail: {
      input: null,
      headersFile: null,
      servers: [MAIL_DNS],
      serversFrom: 'resolv.conf',
      resolved: [],
      hops: [],
      rejection: null,
      senders,
      machineAddresses: [],
      helo: null,
      probes: [],
      ...facts,
    },
  }
}

/** passing is an address whose PTR mail.example.net resolves back to it. */
export function passing(address = '198.51.100.25'): Sender {
  return sender(address, ['mail.example.net'], {'mail.example.net': [address]})
}
