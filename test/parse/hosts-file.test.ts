// parseHostsFile and hostsAddresses: the fixed names of /etc/hosts, which the resolver consults before DNS.
import {describe, expect, it} from 'vitest'
import {hostsAddresses, parseHostsFile} from '../../src/parse/hosts-file.js'
import {msTaken, HOSTILE_INPUT_MS} from '../support/timing.js'

// Debian 12's default /etc/hosts with one entry added by hand.
const HOSTS = `127.0.0.1	localhost
127.0.1.1	office-pc

# The following lines are desirable for IPv6 capable hosts
::1     localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
192.168.1.20 NAS nas.lan   # the file server
`

describe('parseHostsFile', () => {
  it('reads every address line, comments dropped', () => {
    const result = parseHostsFile(HOSTS)
    expect(result.ok && result.value.length).toBe(5)
  })

  it('skips lines that are not "address name"', () => {
    expect(parseHostsFile('garbage\nnot an address here\n')).toEqual({ok: true, value: []})
  })

  it('skips lines whose address is not a real IPv4 or IPv6 address, as the C library does', () => {
    const text = 'cafe nas\n1.2.3 nas\n192.168.1.300 nas\nfe80::1%eth0 router\n192.168.1.20 nas\n'
    expect(parseHostsFile(text)).toEqual({
      ok: true,
      value: [
        {address: 'fe80::1%eth0', names: ['router']},
        {address: '192.168.1.20', names: ['nas']},
      ],
    })
  })
})

describe('hostsAddresses', () => {
  const entries = parseHostsFile(HOSTS)
  const list = entries.ok ? entries.value : []

  it('finds a name case-insensitively, alias or not', () => {
    expect(hostsAddresses(list, 'nas')).toEqual(['192.168.1.20'])
    expect(hostsAddresses(list, 'nas.lan.')).toEqual(['192.168.1.20'])
  })

  it('finds nothing for an unknown name', () => {
    expect(hostsAddresses(list, 'printer')).toEqual([])
  })
})

// Inputs `npm run fuzz` found (minimized): each took seconds, quadratic in its length, before the patterns were rewritten.
describe('parseHostsFile on hostile input', () => {
  it.each([
    ['a run of #s before a carriage return', `${'#'.repeat(60_000)}\r`],
    ['a long address-like word', `${'a'.repeat(60_000)}! localhost`],
  ])('reads %s in linear time', (_kind, text) => {
    expect(msTaken(() => parseHostsFile(text))).toBeLessThan(HOSTILE_INPUT_MS)
    expect(parseHostsFile(text)).toEqual({ok: true, value: []})
  })

  it('drops a comment on a line ending in a carriage return (a hosts file with Windows line ends), as the C library does', () => {
    expect(parseHostsFile('192.168.1.5 nas # the NAS\r\n')).toEqual({ok: true, value: [{address: '192.168.1.5', names: ['nas']}]})
  })

  it('still takes an IPv6 address with a zone and refuses a word that is not an address', () => {
    expect(
      parseHostsFile('fe80::1%eth0 router\nhello world\n').ok &&
        (parseHostsFile('fe80::1%eth0 router\nhello world\n') as {value: unknown[]}).value,
    ).toEqual([{address: 'fe80::1%eth0', names: ['router']}])
  })
})
