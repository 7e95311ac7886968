// parsePostfixMainCf, parseEximConfig and eximValue: the names mail servers greet with.
import {describe, expect, it} from 'vitest'
import {eximValue, parseEximConfig, parsePostfixMainCf} from '../../src/parse/mta-config.js'

// Debian 12's main.cf as postfix's installer writes it for an "Internet Site", the name set by hand.
const MAIN_CF = `# See /usr/share/postfix/main.cf.dist for a commented, more complete version
smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)
biff = no
append_dot_mydomain = no
readme_directory = no
compatibility_level = 3.6
smtpd_tls_cert_file=/etc/ssl/certs/ssl-cert-snakeoil.pem
smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated
    defer_unauth_destination
myhostname = mail.example.net
alias_maps = hash:/etc/aliases
mydestination = $myhostname, mail.example.net, localhost
`

// The main section of an Exim configuration, with Debian's macro for the name, and a router after "begin".
const EXIM = `# main
MAIN_HARDCODE_PRIMARY_HOSTNAME = mail.example.net
.ifdef MAIN_HARDCODE_PRIMARY_HOSTNAME
primary_hostname = MAIN_HARDCODE_PRIMARY_HOSTNAME
.endif
domainlist local_domains = @ : example.net
hide mysql_servers = localhost/db/user/secret
qualify_domain = \\
  example.net
begin routers
primary_hostname = not.this.one
`

describe('parsePostfixMainCf', () => {
  it('reads name = value lines, a continuation line joined to the one before', () => {
    const result = parsePostfixMainCf(MAIN_CF)
    expect(result.ok && result.value.myhostname).toBe('mail.example.net')
    expect(result.ok && result.value.smtpd_relay_restrictions).toBe('permit_mynetworks permit_sasl_authenticated defer_unauth_destination')
    expect(result.ok && result.value.smtpd_tls_cert_file).toBe('/etc/ssl/certs/ssl-cert-snakeoil.pem')
  })

  it('lets the last of a name win', () => {
    expect(parsePostfixMainCf('myhostname = a.example\nmyhostname = b.example\n')).toEqual({ok: true, value: {myhostname: 'b.example'}})
  })

  it('reads empty, truncated and garbage text as the defaults it leaves', () => {
    expect(parsePostfixMainCf('')).toEqual({ok: true, value: {}})
    expect(parsePostfixMainCf('myhostn')).toEqual({ok: true, value: {}})
    expect(parsePostfixMainCf('\u0000 ::: = = \n  stray continuation\n')).toEqual({ok: true, value: {}})
  })
})

describe('parseEximConfig', () => {
  it("reads the main section's options and macros, a backslash joining lines, up to the first begin", () => {
    const result = parseEximConfig(EXIM)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.qualify_domain).toBe('example.net')
    expect(result.value.mysql_servers).toBe('localhost/db/user/secret')
    expect(eximValue(result.value, 'primary_hostname')).toBe('mail.example.net')
  })

  it('gives no value for an option not set, or set to a macro never defined', () => {
    const result = parseEximConfig('primary_hostname = UNDEFINED_MACRO\n')
    expect(result.ok && eximValue(result.value, 'primary_hostname')).toBe(null)
    expect(result.ok && eximValue(result.value, 'qualify_domain')).toBe(null)
  })

  it('reads empty, truncated and garbage text as the defaults it leaves', () => {
    expect(parseEximConfig('')).toEqual({ok: true, value: {}})
    expect(parseEximConfig('primary_hostname = a.example \\')).toEqual({ok: true, value: {primary_hostname: 'a.example'}})
    expect(parseEximConfig('\u0000\u0001 === \n.ifdef\n')).toEqual({ok: true, value: {}})
  })
})
