// The general answers: lines no catalog entry knows still get what their SMTP status code, their errno, or the program that
// wrote them says — each marked general, and only where `explain` asks for them.
import {beforeAll, describe, expect, it} from 'vitest'
import type {Catalog, Source} from '../../src/explain/catalog.js'
import {explainText} from '../../src/explain/explain-text.js'
import {errnoOf, speakerOf} from '../../src/explain/general-answers.js'
import {catalogDirectory, loadCatalogFrom} from '../../src/explain/load-catalog.js'

let catalog: Catalog
beforeAll(async () => {
  const loaded = await loadCatalogFrom(catalogDirectory(), null)
  if (!loaded.ok) throw new Error(loaded.error)
  catalog = loaded.value
})

const explain = (text: string, sources?: Source[]) => explainText(text, catalog, {general: true, sources})
const ids = (text: string) => explain(text).matches.map(match => match.id)

describe('the speaker: which program wrote a line', () => {
  it('tells programs by their syslog tags, kernel driver prefixes, X log markers and DHCP verbs', () => {
    expect(speakerOf('Nov 11 10:10:10 box pppd[123]: frobnicated', catalog)?.speaker.id).toBe('pppd')
    expect(speakerOf('[   12.5] r8169 0000:03:00.0 enp3s0: odd thing', catalog)?.name).toBe(
      "the kernel's r8169 driver (device 0000:03:00.0)",
    )
    expect(speakerOf('kernel: r8152 2-1.4:1.0 enx00e04c: odd thing', catalog)?.name).toContain('r8152')
    expect(speakerOf('Mar  1 10:00:00 mx postfix/smtp[4410]: 4B3F: odd thing', catalog)?.speaker.id).toBe('postfix')
    expect(speakerOf('[  1234.5] (EE) something new', catalog)?.speaker.id).toBe('xorg')
    expect(speakerOf('DHCPDISCOVER on eth0 to 255.255.255.255 port 67 interval 8', catalog)?.speaker.id).toBe('dhclient')
    expect(speakerOf('nothing tells who wrote this', catalog)).toBeNull()
  })

  it('answers text nothing is known of with who wrote it, what that program’s trouble means and what to capture, marked general', () => {
    const {matches, capture} = explain('Nov 11 10:10:10 box pppd[123]: frobnicated the flux capacitor')
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({id: 'speaker.pppd', source: 'ppp', severity: 'info', general: true})
    expect(matches[0]!.meaning).toMatch(/general answer/)
    expect(matches[0]!.next.join(' ')).toMatch(/debug/)
    expect(capture).toEqual([])
  })

  it('names no speaker when something in the text was recognised', () => {
    expect(ids('pppd[1]: frobnicated\nping: connect: Network is unreachable')).toEqual(['ping.network-unreachable'])
  })

  it('names at most three programs, those with the most lines (postfix has one, as sshd, but comes later), in the order they appear', () => {
    const text = [
      'pppd[1]: a',
      'pppd[1]: b',
      'sshd[2]: c',
      'postfix/smtp[3]: d',
      'dhclient[4]: e',
      'dhclient[4]: f',
      'dhclient[4]: g',
    ].join('\n')
    expect(ids(text)).toEqual(['speaker.pppd', 'speaker.sshd', 'speaker.dhclient'])
  })
})

describe('the errno: an error text of the C library, anywhere', () => {
  it('reads strerror texts and the kernel’s negative numbers, and nothing else', () => {
    expect(errnoOf('backup: chown foo: Operation not permitted', catalog)?.errno.name).toBe('EPERM')
    expect(errnoOf('r8152 2-1:1.0 eth0: Tx status -71', catalog)?.errno.name).toBe('EPROTO')
    expect(errnoOf('probe of 0000:01:00.0 failed with error -110', catalog)?.errno.name).toBe('ETIMEDOUT')
    expect(errnoOf('temperature -71 degrees', catalog)).toBeNull()
    expect(errnoOf('status -999', catalog)).toBeNull()
  })

  it('answers an unknown message holding an errno in general terms, with the speaker’s context when the speaker is known', () => {
    const [alone] = explain('frobctl: cannot open the flux: Network is unreachable').matches
    expect(alone).toMatchObject({id: 'errno.enetunreach', source: 'general', severity: 'warning', general: true})
    const [spoken] = explain('Nov 11 10:10:10 box pppd[123]: cannot frobnicate: Operation not permitted').matches
    expect(spoken).toMatchObject({id: 'errno.eperm.pppd', source: 'ppp', general: true})
    expect(spoken!.title).toContain('pppd')
    expect(spoken!.details).toEqual([{value: 'Operation not permitted', count: 1}])
  })

  it('counts the lines it answers as read, and lists specific matches before general ones of the same severity', () => {
    const result = explain('one: Permission denied\ntwo: Permission denied\nplain noise\nping: connect: Network is unreachable')
    expect(result.matches.map(match => [match.id, match.count])).toEqual([
      ['ping.network-unreachable', 1],
      ['errno.eacces', 2],
    ])
    expect(result.unmatched).toBe(1)
  })
})

describe('the SMTP status code', () => {
  it('classifies a reply no entry knows by its enhanced status code (class, subject, detail), not as general', () => {
    const [match] = explain('421-4.7.28 [192.0.2.1] Our system has detected an unusual rate of mail from your address.').matches
    expect(match).toMatchObject({id: 'smtp.status-4-7-28', source: 'smtp', severity: 'error', general: false})
    expect(match!.meaning).toMatch(/temporary/i)
    expect(match!.title).toContain('4.7.28')
  })

  it('reads postfix’s dsn= too, and never a version number for a status code', () => {
    expect(ids('postfix/smtp[1]: 4B3F: to=<a@example.org>, relay=none, delay=1, dsn=5.4.4, status=bounced (frob)')[0]).toBe(
      'smtp.status-5-4-4',
    )
    expect(ids('kernel: Linux version 5.4.0-42-generic mail smtp')).not.toContain('smtp.status-4-0')
  })
})

describe('where general answers are given', () => {
  it('gives none unless asked for (the rules that read machines’ own logs use only the catalog)', () => {
    expect(explainText('pppd[123]: cannot frobnicate: Operation not permitted', catalog).matches).toEqual([])
  })

  it('keeps to the sources asked for: an errno whose writer is unknown belongs to none of them', () => {
    expect(explain('pppd[123]: cannot frobnicate: Operation not permitted', ['xorg']).matches).toEqual([])
    expect(explain('frobctl: Operation not permitted', ['ppp']).matches).toEqual([])
    expect(explain('pppd[123]: cannot frobnicate: Operation not permitted', ['ppp']).matches.map(match => match.id)).toEqual([
      'errno.eperm.pppd',
    ])
  })
})
