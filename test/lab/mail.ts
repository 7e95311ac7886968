// The mail lab: a "pc" (the mail server netdoc runs on) and an authoritative dnsmasq for the documentation ranges on one switch.
// dnsmasq's --host-record makes an A/AAAA record with its matching PTR, --ptr-record a PTR alone (to a name with another address,
// or none), and --local for the reverse zones makes a missing PTR NXDOMAIN rather than REFUSED. The pc's /etc can be given files
// of its own (resolv.conf, postfix/main.cf) through a read-only overlay in a mount namespace of netdoc's run, so the host's /etc
// is never touched.
import {join} from 'node:path'
import {mkdirSync, writeFileSync} from 'node:fs'
import {Lab, netdocInMountNamespace} from './lab.js'

/** MAIL_NET are the lab's addresses: the documentation ranges stand for the public internet. */
export const MAIL_NET = {
  dns: '198.51.100.53',
  pc4: '198.51.100.25',
  pc6: '2001:db8:100::25',
  /** noPtr has no PTR at all. */
  noPtr: '203.0.113.7',
  /** ghost's PTR names ghost.example.net, which has no address. */
  ghost: '203.0.113.8',
  /** stray's PTR names mail.example.net, whose addresses are the pc's. */
  stray: '203.0.113.9',
  /** generic's PTR names dsl-203-0-113-10.pool.example.net, which resolves back to it. */
  generic: '203.0.113.10',
  /** phone is a phone's IPv6 privacy address, with no PTR (the seed's first hop). */
  phone: '2001:db8:77:0:1571:f2fc:1a42:9b38',
  /** other is other.example.net's address, a name the pc's HELO may wrongly use. */
  other: '198.51.100.99',
} as const

/** buildMail builds the lab: the pc holding its public addresses and the DNS server answering for example.net and the reverse
 * zones of the documentation ranges. */
export async function buildMail(lab: Lab): Promise<void> {
  lab.addSwitch()
  lab.plugIn('dns', `${MAIL_NET.dns}/24`)
  lab.plugIn('pc', `${MAIL_NET.pc4}/24`)
  lab.run('pc', ['ip', '-6', 'addr', 'add', `${MAIL_NET.pc6}/64`, 'dev', 'eth0', 'nodad'])
  await lab.dnsmasq('dns', {
    dev: 'eth0',
    domain: 'example.net',
    records: {
      'mail.example.net': `${MAIL_NET.pc4},${MAIL_NET.pc6}`,
      'dsl-203-0-113-10.pool.example.net': MAIL_NET.generic,
      'other.example.net': MAIL_NET.other,
    },
    extra: [
      '--local=/in-addr.arpa/',
      '--local=/ip6.arpa/',
      `--ptr-record=8.113.0.203.in-addr.arpa,ghost.example.net`,
      `--ptr-record=9.113.0.203.in-addr.arpa,mail.example.net`,
    ],
  })
}

/** SILENT_DNS is the DNS server's firewall dropping every question: a server that says nothing. */
export const SILENT_DNS = `table inet netdoc_lab {
  chain input {
    type filter hook input priority 0;
    udp dport 53 drop
    tcp dport 53 drop
  }
}
`

/** mailEtc writes the pc's own /etc files (resolv.conf naming the lab's DNS server, plus `files` such as postfix/main.cf) into a
 * temp dir, for mailArgv's overlay. */
export function mailEtc(lab: Lab, files: Record<string, string> = {}): string {
  const dir = lab.tempDir()
  for (const [name, text] of Object.entries({'resolv.conf': `nameserver ${MAIL_NET.dns}\n`, ...files})) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), text)
  }
  return dir
}

/** mailArgv is the argv that runs netdoc in the pc with `etc`'s files laid over its /etc (a read-only overlay in a mount namespace
 * of its own, gone when netdoc ends). */
export function mailArgv(etc: string, args: string[]): string[] {
  return netdocInMountNamespace(`mount -t overlay overlay -o lowerdir=${etc}:/etc /etc`, args)
}

/** SEED_BOUNCE is the seed's bounce, in the documentation ranges: Gmail refused the server's address (which passes), and the
 * returned message's only Received: header names the phone it was written on, whose IPv6 privacy address has no PTR. */
export const SEED_BOUNCE = `Return-path: <>
Received: from Debian-exim by mail.example.net with local (Exim 4.80)
\tid 1Vrm3R-0002B3-2Q; Sat, 14 Dec 2013 10:02:37 +0000
From: Mail Delivery System <Mailer-Daemon@mail.example.net>
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  someone@example.com
    SMTP error from remote mail server after end of data:
    host ASPMX.L.GOOGLE.COM [2001:db8:4860::1a]:
    550-5.7.1 [${MAIL_NET.pc6} 16] Our system has detected that this
    550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR records
    550 5.7.1 and authentication. Please review the guidelines for more information.

------ This is a copy of the message, including all the headers. ------

Return-path: <david@example.net>
Received: from [${MAIL_NET.phone}]
\tby mail.example.net with esmtpsa (TLS1.0:RSA_ARCFOUR_MD5:128)
\t(Exim 4.80)
\t(envelope-from <david@example.net>)
\tid 1Vrm3Q-0002Ay-NH; Sat, 14 Dec 2013 10:02:36 +0000
Subject: Re: Sunday
From: David <david@example.net>

See you there.
`
