// collectMail through a stand-in host: PTR and forward questions go through the host's sockets to the servers named, the HELO
// name comes from the host's files (Postfix first, then Exim, else the machine's name), and a private hop is never asked about.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {collectMail} from '../../../src/capabilities/mail/collect.js'
import {readConfiguredHelo} from '../../../src/capabilities/mail/helo.js'
import {mailReport} from '../../../src/capabilities/mail/report.js'
import {parseReceivedChain} from '../../../src/parse/received-chain.js'
import {Deadline} from '../../../src/probe/deadline.js'
import {emptySnapshot} from '../../../src/snapshot/snapshot.js'
import {fakeHost} from '../../support/fake-host.js'

const tree = mkdtempSync(join(tmpdir(), 'netdoc-mail-'))
afterAll(() => rmSync(tree, {recursive: true, force: true}))
const DNS = '198.51.100.53'

describe('collectMail', () => {
  it('asks each server for the PTR, then the PTR names forward, and reads the HELO name from main.cf', async () => {
    const host = fakeHost({
      tree,
      files: {'/etc/resolv.conf': `nameserver ${DNS}\n`, '/etc/postfix/main.cf': 'myhostname = mail.example.net\n'},
      ptr: {[`${DNS} 203.0.113.9`]: ['mail.example.net']},
      dns: {[`${DNS} mail.example.net`]: ['198.51.100.25']},
    })
    const snapshot = emptySnapshot()
    await collectMail(host, {input: {input: '203.0.113.9', kind: 'ipv4'}, headers: null, server: null}, snapshot, Deadline.fromNow(3000))
    expect(host.asked).toEqual(expect.arrayContaining([`${DNS} PTR 203.0.113.9`, `${DNS} mail.example.net`]))
    expect(snapshot.mail?.helo).toMatchObject({mta: 'postfix', setting: 'myhostname', name: 'mail.example.net', defaulted: false})
    expect(mailReport(snapshot).verdict.id).toBe('mail.ptr-mismatch')
  })

  it('asks only the --server given, and never about a private hop of the chain', async () => {
    const chain = parseReceivedChain('Received: from a ([192.168.1.20]) by b.example.net; x\nReceived: from c ([203.0.113.7]) by a; x\n')
    if (!chain.ok) throw new Error(chain.error)
    const host = fakeHost({tree, files: {'/etc/resolv.conf': 'nameserver 198.51.100.1\n'}})
    const snapshot = emptySnapshot()
    await collectMail(host, {input: null, headers: {path: 'x.eml', chain: chain.value}, server: DNS}, snapshot, Deadline.fromNow(3000))
    expect(host.asked).toEqual([`${DNS} PTR 203.0.113.7`])
    expect(snapshot.mail?.senders.map(sender => [sender.address, sender.hop, sender.skipped !== null])).toEqual([
      ['203.0.113.7', 1, false],
      ['192.168.1.20', 2, true],
    ])
    const report = mailReport(snapshot)
    expect(report.verdict).toMatchObject({id: 'mail.no-ptr', subject: '203.0.113.7'})
    expect(report.senders.map(row => row.status)).toEqual(['failed', 'not checked'])
  })
})

describe('readConfiguredHelo', () => {
  it("takes Exim's primary_hostname through Debian's macro, and the machine's name when neither server names one", () => {
    const exim = fakeHost({
      tree,
      files: {
        '/etc/exim4/exim4.conf.template':
          'MAIN_HARDCODE_PRIMARY_HOSTNAME = mx.example.net\nprimary_hostname = MAIN_HARDCODE_PRIMARY_HOSTNAME\n',
      },
    })
    expect(readConfiguredHelo(exim.files)).toMatchObject({mta: 'exim', name: 'mx.example.net', defaulted: false})
    const postfix = fakeHost({tree, files: {'/etc/postfix/main.cf': 'mydomain = example.net\n', '/etc/hostname': 'jade\n'}})
    expect(readConfiguredHelo(postfix.files)).toMatchObject({mta: 'postfix', name: 'jade.example.net', defaulted: true})
    expect(readConfiguredHelo(fakeHost({tree}).files)).toBe(null)
  })

  it('skips an expansion such as $myhostname for the literal name it stands for', () => {
    const host = fakeHost({tree, files: {'/etc/postfix/main.cf': 'smtp_helo_name = $myhostname\nmyhostname = mail.example.net\n'}})
    expect(readConfiguredHelo(host.files)).toMatchObject({setting: 'myhostname', name: 'mail.example.net'})
  })
})
