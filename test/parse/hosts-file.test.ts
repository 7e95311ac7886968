// parseHostsFile and hostsAddresses: the fixed names of /etc/hosts, which the resolver consults before DNS.
import {describe, expect, it} from 'vitest'
import {hostsAddresses, parseHostsFile} from '../../src/parse/hosts-file.js'

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
