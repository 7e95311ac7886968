// How an internet run's answers are read: the HTTP check (documented answer, redirect, login page) and the TLS handshake
// (trusted, the clock, another issuer, blocked), and which DNS answers are no public name's.
import {describe, expect, it} from 'vitest'
import {portalUrl, readHttp, readTls} from '../../../src/capabilities/internet/classify.js'
import {isNonPublicAddress} from '../../../src/capabilities/internet/names.js'
import {ENDPOINTS, httpAnswer, tlsResult} from '../../support/internet.js'

const android = ENDPOINTS.http[0]!
const networkManager = ENDPOINTS.http[1]!

describe('reading an HTTP check', () => {
  it("takes the documented answer: 204 for generate_204, NetworkManager's text (trailing newline or not) for its URL", () => {
    expect(readHttp(httpAnswer(android.url, 204), android)).toBe('expected')
    expect(readHttp(httpAnswer(networkManager.url, 200, {body: 'NetworkManager is online\n'}), networkManager)).toBe('expected')
    expect(readHttp(httpAnswer(networkManager.url, 200, {body: 'NetworkManager is online'}), networkManager)).toBe('expected')
  })

  it('calls a 30x a redirect, whatever the body', () => {
    for (const status of [301, 302, 303, 307, 308])
      expect(readHttp(httpAnswer(android.url, status, {location: 'http://10.0.0.1/'}), android)).toBe('redirect')
  })

  it('calls a web page instead of the answer a login page: HTML in the body or the content type, or 511', () => {
    expect(readHttp(httpAnswer(android.url, 200, {body: '<!doctype html><title>Login</title>'}), android)).toBe('login-page')
    expect(readHttp(httpAnswer(networkManager.url, 200, {body: 'Welcome', contentType: 'text/html; charset=utf-8'}), networkManager)).toBe(
      'login-page',
    )
    expect(readHttp(httpAnswer(android.url, 511, {body: 'log in'}), android)).toBe('login-page')
  })

  it('keeps other answers and silence apart from a portal', () => {
    expect(readHttp(httpAnswer(networkManager.url, 200, {body: 'something else'}), networkManager)).toBe('unexpected')
    expect(readHttp(httpAnswer(android.url, 403), android)).toBe('unexpected')
    expect(readHttp(httpAnswer(android.url, 0, {outcome: 'timeout', status: null}), android)).toBe('no-answer')
    expect(readHttp(httpAnswer(android.url, 0, {outcome: 'not-resolved', status: null}), android)).toBe('not-resolved')
  })

  it("gives the portal's URL: the Location made absolute, else the URL that showed the page", () => {
    expect(portalUrl(httpAnswer(android.url, 302, {location: 'https://portal.example/login?x=1'}))).toBe('https://portal.example/login?x=1')
    expect(portalUrl(httpAnswer(android.url, 302, {location: '/login'}))).toBe('http://connectivitycheck.gstatic.com/login')
    expect(portalUrl(httpAnswer(android.url, 200, {body: '<html>'}))).toBe(android.url)
  })
})

describe('reading a TLS handshake', () => {
  it('tells a trusted certificate from one rejected for its dates, its issuer or its name', () => {
    expect(readTls(tlsResult())).toBe('verified')
    for (const code of ['CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED']) expect(readTls(tlsResult({outcome: 'rejected', code}))).toBe('clock')
    for (const code of [
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    ])
      expect(readTls(tlsResult({outcome: 'rejected', code}))).toBe('issuer')
    expect(readTls(tlsResult({outcome: 'rejected', code: 'ERR_TLS_CERT_ALTNAME_INVALID'}))).toBe('name')
  })

  it('calls no handshake at all blocked, and an unknown rejection an error (no verdict of its own)', () => {
    for (const outcome of ['timeout', 'refused', 'reset', 'unreachable'] as const)
      expect(readTls(tlsResult({outcome, certificate: null}))).toBe('blocked')
    expect(readTls(tlsResult({outcome: 'rejected', code: 'SOMETHING_NEW'}))).toBe('error')
    expect(readTls(tlsResult({outcome: 'not-resolved'}))).toBe('not-resolved')
  })
})

describe('public and non-public answers', () => {
  it("counts LAN, loopback, CGNAT, link-local, unspecified and unique-local addresses as no public name's", () => {
    for (const address of [
      '192.168.1.1',
      '10.0.0.1',
      '172.16.5.4',
      '127.0.0.1',
      '100.64.0.1',
      '169.254.1.1',
      '0.0.0.0',
      'fd00::1',
      '::1',
      '::',
    ])
      expect(isNonPublicAddress(address), address).toBe(true)
  })

  it("counts public addresses and the documentation ranges (the lab's internet) as public", () => {
    for (const address of ['142.250.1.99', '1.1.1.1', '203.0.113.43', '198.51.100.1', '2001:db8::1', '2a00:1450:400c:c05::1a'])
      expect(isNonPublicAddress(address), address).toBe(false)
  })
})
