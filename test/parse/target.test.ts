// parseTarget: what a person may name as the host to check, and the hostile or malformed text refused before anything runs.
import {describe, expect, it} from 'vitest'
import {parseTarget} from '../../src/parse/target.js'

describe('parseTarget', () => {
  it.each([
    ['192.168.1.10', 'ipv4'],
    ['10.0.0.1', 'ipv4'],
    ['fe80::1', 'ipv6'],
    ['2001:db8::42', 'ipv6'],
    ['fe80::1%eth0', 'ipv6'],
    ['nas', 'name'],
    ['printer.lan', 'name'],
    ['my-server.example.org.', 'name'],
    ['a'.repeat(63) + '.lan', 'name'],
  ])('accepts %s as %s', (input, kind) => {
    expect(parseTarget(input)).toEqual({ok: true, value: {input, kind}})
  })

  it.each([
    ['-f', /starts with '-'/],
    ['-h', /starts with '-'/],
    ['--help', /starts with '-'/],
    ['8.8.8.8; rm -rf /', /';', a space, '\/'/],
    ['', /empty/],
    ['   ', /empty/],
    ['x'.repeat(300), /300 characters long/],
    ['999.1.1.1', /not a valid IPv4 address/],
    ['1.2.3', /not a valid IPv4 address/],
    ['010.1.1.1', /not a valid IPv4 address/],
    ['0x7f.1', /neither an IPv4 address/],
    ['$(reboot)', /'\$', '\(', '\)'/],
    ['nas..lan', /empty part/],
    ['-nas.lan', /starts with '-'/],
    ['nas-.lan', /starts or ends with '-'/],
    ['a'.repeat(64) + '.lan', /longer than 63/],
    ['my_pc', /'_'/],
    ['fe80::1%eth0;id', /not a valid IPv6 address/],
    ['1:2:3', /not a valid IPv6 address/],
    ['http://nas.lan', /^"http:\/\/nas\.lan" is a web address \(URL\), not a host: give its host part alone, nas\.lan$/],
    ['https://user@192.168.1.10:8443/admin', /is a web address \(URL\), not a host: give its host part alone, 192\.168\.1\.10$/],
    ['smb://[fe80::1]/share', /give its host part alone, fe80::1$/],
    ['http://', /^"http:\/\/" is a web address \(URL\), not a host$/],
  ])('refuses %j', (input, reason) => {
    const result = parseTarget(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(reason)
  })

  it('quotes a refused target shortened, so a long hostile string cannot flood the message', () => {
    const result = parseTarget(`${'a'.repeat(100)};`)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.length).toBeLessThan(200)
  })
})
