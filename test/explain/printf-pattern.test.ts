// printf formats as the programs' sources write them become patterns matching every line the program prints with them.
import {describe, expect, it} from 'vitest'
import {FormatProblem, conversionsOf, formatKeyword, formatPattern} from '../../src/explain/printf-pattern.js'

const matcher = (format: string, args?: string[]) => new RegExp(formatPattern(format, args), 'i')

describe('formatPattern', () => {
  it('matches what the program prints, whatever it printed for each conversion, and names the captures asked for', () => {
    const regex = matcher('connect to address %s port %s: %s', ['host', 'port', 'error'])
    const match = regex.exec('debug1: connect to address 2001:db8::1 port 22: No route to host')
    expect(match?.groups).toEqual({host: '2001:db8::1', port: '22', error: 'No route to host'})
  })

  it('puts a fixed text where `=text` says, so one strerror format becomes one entry per error', () => {
    const regex = matcher('ssh: connect to host %s port %s: %s', ['host', 'port', '=Connection refused'])
    expect(regex.test('ssh: connect to host nas port 22: Connection refused')).toBe(true)
    expect(regex.test('ssh: connect to host nas port 22: Connection timed out')).toBe(false)
  })

  it('reads numbers, hexadecimal, MAC and IPv4 conversions as what they print, with flags, widths and lengths', () => {
    expect(matcher('Tx status %d', ['status']).exec('r8152 2-1:1.0 eth0: Tx status -71')?.groups).toEqual({status: '-71'})
    expect(matcher('transmit queue %u timed out %u ms').test('transmit queue 0 timed out 5336 ms')).toBe(true)
    expect(matcher('reg 0x%08x val %lx').test('reg 0x0000fe01 val ffff')).toBe(true)
    expect(
      matcher('duplicate address %pI6c used by %pM detected!', ['_', 'mac']).exec(
        'duplicate address fe80::1 used by 00:11:22:aa:bb:cc detected!',
      )?.groups,
    ).toEqual({mac: '00:11:22:aa:bb:cc'})
    expect(matcher('from %pI4', ['ip']).exec('from 192.0.2.7')?.groups).toEqual({ip: '192.0.2.7'})
    expect(matcher('%d%% loss').test('100% loss')).toBe(true)
  })

  it('reads pppd’s own conversions: %q and %v as text, %I as an IPv4 address', () => {
    expect(matcher('PAP peer authentication failed for %q', ['user']).exec('PAP peer authentication failed for bob@isp')?.groups).toEqual({
      user: 'bob@isp',
    })
    expect(matcher('Peer refused to agree to our IP address %I').test('Peer refused to agree to our IP address 10.64.64.64')).toBe(true)
    expect(matcher('expect (%v)').test('expect (CONNECT)')).toBe(true)
    expect(conversionsOf('%td %t %q %qd')).toEqual(['%td', '%t', '%q', '%qd'])
    expect(conversionsOf('next input=%q%s')).toEqual(['%q', '%s'])
  })

  it('lets a string conversion be empty (ping: : Name or service not known, from an unset script variable)', () => {
    expect(matcher('ping: %s: %s', ['host', '=Name or service not known']).exec('ping: : Name or service not known')?.groups).toEqual({
      host: '',
    })
  })

  it('keeps literal text literal: regular-expression characters in a format match themselves', () => {
    const regex = matcher('sent [LCP TermReq id=0x%x "%s"]')
    expect(regex.test('sent [LCP TermReq id=0x2 "Peer not responding"]')).toBe(true)
    expect(regex.test('sent xLCP TermReq id=0x2 "Peer not responding"]')).toBe(false)
  })

  it('matches a run of blanks for a blank and drops the trailing newline of the format', () => {
    expect(matcher('NIC Link is Down\\n').test('e1000e: eth0 NIC Link is   Down')).toBe(true)
    expect(matcher('NIC Link is Down\\n').test('e1000e: eth0 NIC Link isDown')).toBe(false)
  })

  it('puts one blank beside a conversion and leaves out an unnamed one that starts the format', () => {
    expect(formatPattern('Invalid user %s from %s port %d', ['user', 'from', 'port'])).toBe(
      'Invalid[ \\t]+user[ \\t](?<user>.*?)[ \\t]from[ \\t](?<from>.*?)[ \\t]port[ \\t](?<port>[-+ ]?\\d+)',
    )
    expect(formatPattern('%s: error while sending ping: %s', ['_', 'error'])).toBe(
      ':[ \\t]+error[ \\t]+while[ \\t]+sending[ \\t]+ping:[ \\t](?<error>.*)',
    )
    expect(
      matcher('Cannot get device %s settings: %m').test('Cannot get device generic receive offload settings: Operation not supported'),
    ).toBe(true)
  })

  it('stays fast on the lines that make lazy text and blanks backtrack: a keyword and a long run of blanks', () => {
    const regex = matcher('ssh: connect to host %s port %s: %s', ['host', 'port', 'error'])
    const line = `ssh: connect to host ${' '.repeat(4000)}`
    expect(regex.test(line)).toBe(false) // with `[ \t]+` beside the conversions this took seconds
  })

  it('reads a parenthesised or quoted conversion up to its closing character, and a bracketed one as any text', () => {
    expect(formatPattern('NETDEV WATCHDOG: %s (%s): queue', ['iface', 'driver'])).toContain('\\((?<driver>[^\\)\\n]*)\\)')
    const nm = matcher('do-add-%s[%s]: %s', ['=ip4-address', 'object', '=failure'])
    expect(nm.exec('do-add-ip4-address[2: 10.0.0.5/24 lifetime 12-0[4294967295,4294967295]]: failure 17')?.groups?.['object']).toContain(
      '[4294967295',
    )
  })

  it('refuses more arguments than conversions, and arguments that are no name', () => {
    expect(() => formatPattern('no conversion', ['x'])).toThrow(FormatProblem)
    expect(() => formatPattern('%s', ['not a name'])).toThrow(FormatProblem)
  })
})

describe('conversionsOf and formatKeyword', () => {
  it('lists the conversions that take an argument (%% takes none)', () => {
    expect(conversionsOf('%s: %d%% of %-10.3lu %pM')).toEqual(['%s', '%d', '%-10.3lu', '%pM'])
  })

  it('takes the longest literal text, lower-case, as the keyword (blanks and separators at its ends dropped), including a fixed argument', () => {
    expect(formatKeyword('%s: PCIe link lost, device now detached\\n')).toBe('pcie link lost, device now detached')
    expect(formatKeyword('ssh: connect to host %s port %s: %s', ['h', 'p', '=No route to host'])).toBe('ssh: connect to host')
    expect(formatKeyword('%s: %s', ['_', '=Name or service not known'])).toBe('name or service not known')
  })

  it('gives no keyword when the format has no literal text of four characters', () => {
    expect(formatKeyword('%s: %s')).toBeNull()
  })
})
