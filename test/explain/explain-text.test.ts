// explainText on whole logs and single messages: each problem once with count and lines, severity order, quieting, sources, advice.
import {beforeAll, describe, expect, it} from 'vitest'
import type {Catalog, CatalogFile} from '../../src/explain/catalog.js'
import {GENERAL_CAPTURE, explainText, fillDetail} from '../../src/explain/explain-text.js'
import {compileCatalog, loadCatalog} from '../../src/explain/load-catalog.js'

let catalog: Catalog

beforeAll(async () => {
  const loaded = await loadCatalog()
  if (!loaded.ok) throw new Error(loaded.error)
  catalog = loaded.value
})

function ids(text: string, sources?: Catalog['files'][number]['source'][]): string[] {
  return explainText(text, catalog, {sources}).matches.map(match => match.id)
}

describe('explainText on one message', () => {
  it('recognises a pasted ping error and says what it means, why, and what next', () => {
    const result = explainText('ping: connect: Network is unreachable', catalog)
    expect(result.matches).toHaveLength(1)
    const [match] = result.matches
    expect(match).toMatchObject({id: 'ping.network-unreachable', source: 'ping', severity: 'error', count: 1, lines: {first: 1, last: 1}})
    expect(match!.meaning.length).toBeGreaterThan(20)
    expect(match!.causes.length).toBeGreaterThan(0)
    expect(match!.next.length).toBeGreaterThan(0)
    expect(result.unmatched).toBe(0)
    expect(result.capture).toEqual([])
  })

  it('returns nothing for empty or blank text, and counts no blank line as unmatched', () => {
    expect(explainText('', catalog)).toMatchObject({matches: [], unmatched: 0})
    expect(explainText('\n  \n\n', catalog)).toMatchObject({matches: [], unmatched: 0})
  })

  it('suggests what to capture from the hint words when nothing was recognised', () => {
    const dhcp = explainText('dhclient did something odd', catalog)
    expect(dhcp.matches).toEqual([])
    expect(dhcp.unmatched).toBe(1)
    expect(dhcp.capture.some(line => line.includes('journalctl -b -u NetworkManager'))).toBe(true)
    expect(explainText('my computer is slow today', catalog).capture).toEqual(GENERAL_CAPTURE)
  })
})

describe('explainText on a whole log', () => {
  const log = [
    'Mar  1 10:00:00 box kernel: [    1.000000] Booting Linux',
    'Mar  1 10:00:01 box kernel: [    2.000000] e1000e 0000:00:19.0 eth0: NIC Link is Down',
    'Mar  1 10:00:02 box systemd[1]: Started Session 1 of user anna.',
    'Mar  1 10:00:03 box dhclient[611]: No DHCPOFFERS received.',
    'Mar  1 10:00:04 box kernel: [    4.000000] e1000e 0000:00:19.0 eth0: NIC Link is Down',
    'Mar  1 10:00:05 box CRON[700]: (root) CMD (run-parts /etc/cron.hourly)',
    '',
    'Mar  1 10:00:06 box kernel: [    6.000000] NETDEV WATCHDOG: eth0 (e1000e): transmit queue 0 timed out',
  ].join('\n')

  it('lists each problem once with its count and first/last line, most serious first, and counts the rest', () => {
    const result = explainText(log, catalog)
    expect(result.matches.map(match => [match.id, match.severity, match.count, match.lines.first, match.lines.last])).toEqual([
      ['dhcp.no-offers', 'error', 1, 4, 4],
      ['nic-driver.transmit-timeout', 'error', 1, 8, 8],
      ['nic-driver.link-down', 'warning', 2, 2, 5],
    ])
    expect(result.unmatched).toBe(3)
    expect(result.matches[2]!.example).toBe('Mar  1 10:00:01 box kernel: [    2.000000] e1000e 0000:00:19.0 eth0: NIC Link is Down')
  })

  it('keeps to the sources asked for', () => {
    expect(ids(log, ['dhcp'])).toEqual(['dhcp.no-offers'])
    expect(ids(log, ['xorg'])).toEqual([])
  })

  it('turns three link drops of one port into flapping, per port, and keeps a single drop of another port as it is', () => {
    const flapping = [
      'e1000e: eth1 NIC Link is Down',
      'e1000e: eth1 NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx',
      'e1000e: eth1 NIC Link is Down',
      'e1000e: eth0 NIC Link is Down',
      'e1000e: eth1 NIC Link is Down',
    ].join('\n')
    const result = explainText(flapping, catalog)
    const byId = new Map(result.matches.map(match => [match.id, match]))
    expect(byId.get('nic-driver.link-flapping')).toMatchObject({count: 3, lines: {first: 1, last: 5}})
    expect(byId.get('nic-driver.link-down')).toMatchObject({count: 1, lines: {first: 4, last: 4}})
  })

  it('drops a DHCP failure that a later lease resolved, and keeps one that came after the lease', () => {
    const resolved = 'dhclient[611]: No DHCPOFFERS received.\ndhclient[611]: bound to 192.168.1.20 -- renewal in 3600 seconds.'
    expect(ids(resolved)).not.toContain('dhcp.no-offers')
    const unresolved = 'dhclient[611]: bound to 192.168.1.20 -- renewal in 3600 seconds.\ndhclient[611]: No DHCPOFFERS received.'
    expect(ids(unresolved)).toContain('dhcp.no-offers')
  })

  it('quiets the generic line when the specific reason is in the same text (PAP failure → no "modem hangup")', () => {
    expect(ids('pppd[1]: PAP authentication failed\npppd[1]: Modem hangup')).toEqual(['ppp.auth-failed'])
    expect(ids('pppd[1]: Modem hangup')).toEqual(['ppp.modem-hangup'])
  })

  it('joins an SMTP reply wrapped over several lines into one problem spanning them', () => {
    const bounce = [
      '<someone@gmail.com>: host gmail-smtp-in.l.google.com[2a00:1450:400c:c07::1a] said: 550-5.7.1',
      '    [2001:db8::25] Our system has detected that this message does',
      '    550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and',
      '    550-5.7.1 authentication. Please review',
      '    550 5.7.1 information. y4si17310019wme.87 - gsmtp (in reply to end of DATA command)',
    ].join('\n')
    const result = explainText(bounce, catalog)
    expect(result.matches.map(match => [match.id, match.count, match.lines])).toEqual([['smtp.gmail-ipv6-ptr', 1, {first: 1, last: 5}]])
    expect(result.unmatched).toBe(0)
  })

  it('fills the details from the lines, most frequent first (capability masks decoded)', () => {
    const status = 'CapInh:\t0000000000000000\nCapPrm:\t0000000000003000\nCapEff:\t0000000000003000\nCapBnd:\t000001ffffffffff'
    const [match] = explainText(status, catalog).matches
    expect(match!.id).toBe('capabilities.process-capabilities')
    expect(match!.severity).toBe('info')
    expect(match!.details.map(detail => detail.value)).toEqual([
      'CapInh: none',
      'CapPrm: cap_net_admin,cap_net_raw',
      'CapEff: cap_net_admin,cap_net_raw',
      'CapBnd: all 41 capabilities (cap_chown … cap_checkpoint_restore)',
    ])
  })
})

describe('explainText with a catalog of its own', () => {
  const file: CatalogFile = {
    source: 'ping',
    hints: ['ping'],
    capture: ['Paste the whole ping output.'],
    entries: [
      {
        id: 'ping.a',
        source: 'ping',
        severity: 'warning',
        title: 'A',
        keywords: ['alpha'],
        patterns: ['alpha (?<n>\\d+)'],
        formats: [],
        detail: 'n={n}',
        meaning: 'm',
        causes: ['c'],
        next: ['n'],
      },
      {
        id: 'ping.b',
        source: 'ping',
        severity: 'error',
        title: 'B',
        keywords: ['alpha', 'beta'],
        patterns: ['alpha|beta'],
        formats: [],
        meaning: 'm',
        causes: ['c'],
        next: ['n'],
      },
      {
        id: 'ping.c',
        source: 'ping',
        severity: 'error',
        title: 'C',
        keywords: ['gamma'],
        patterns: ['^gamma$'],
        formats: [],
        meaning: 'm',
        causes: ['c'],
        next: ['n'],
      },
    ],
  }
  const own = compileCatalog([file])

  it('gives a line to the first entry in catalog order whose pattern matches', () => {
    const result = explainText('alpha 1\nalpha 2\nalpha 1\nbeta', own)
    expect(result.matches.map(match => [match.id, match.count])).toEqual([
      ['ping.b', 1],
      ['ping.a', 3],
    ])
    expect(result.matches[1]!.details).toEqual([
      {value: 'n=1', count: 2},
      {value: 'n=2', count: 1},
    ])
  })

  it('counts a line with a keyword but no matching pattern as unmatched (the keyword only prefilters)', () => {
    expect(explainText('gamma from ping', own)).toMatchObject({matches: [], unmatched: 1, capture: ['Paste the whole ping output.']})
  })

  it('fills a missing group with a question mark', () => {
    expect(fillDetail('{iface} at {addr}', {iface: 'eth0'})).toBe('eth0 at ?')
  })
})
