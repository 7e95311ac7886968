// The HTTP and TLS probes against servers this test runs on the loopback: no redirect followed, the body bounded, silence timed
// out; a certificate this machine does not trust rejected with OpenSSL's code and the certificate's issuer and dates.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createServer as createTlsServer, type Server as TlsServer} from 'node:tls'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BODY_KEPT, BODY_READ_BYTES, httpCheck} from '../../src/host/live-http.js'
import {tlsCheck} from '../../src/host/live-tls.js'

const dir = mkdtempSync(join(tmpdir(), 'netdoc-tls-'))
let http: Server
let port = 0
let tls: TlsServer
let tlsPort = 0

beforeAll(async () => {
  http = createServer((request, response) => {
    if (request.url === '/generate_204') return void response.writeHead(204).end()
    if (request.url === '/portal') return void response.writeHead(302, {Location: 'http://192.168.1.1/login'}).end('<html>moved</html>')
    if (request.url === '/big') return void response.writeHead(200, {'Content-Type': 'text/plain'}).end('x'.repeat(1024 * 1024))
    if (request.url === '/host') return void response.writeHead(200).end(request.headers.host)
    // /hang: never answers
  })
  await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve))
  port = (http.address() as AddressInfo).port
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'key.pem',
      '-out',
      'cert.pem',
      '-days',
      '2',
      '-subj',
      '/CN=www.example.com/O=Self Signed',
      '-addext',
      'subjectAltName=DNS:www.example.com',
    ],
    {cwd: dir, stdio: 'ignore'},
  )
  tls = createTlsServer({key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))}, socket => socket.end())
  await new Promise<void>(resolve => tls.listen(0, '127.0.0.1', resolve))
  tlsPort = (tls.address() as AddressInfo).port
})
afterAll(() => {
  http.closeAllConnections()
  http.close()
  tls.close()
  rmSync(dir, {recursive: true, force: true})
})

describe('httpCheck', () => {
  it("gets the answer from the address given, with the URL's host in the Host header", async () => {
    expect(await httpCheck(`http://connectivitycheck.gstatic.com:${port}/generate_204`, '127.0.0.1', 2000)).toMatchObject({
      outcome: 'answered',
      status: 204,
      address: '127.0.0.1',
    })
    const host = await httpCheck(`http://nmcheck.gnome.org:${port}/host`, '127.0.0.1', 2000)
    expect(host.body).toBe(`nmcheck.gnome.org:${port}`)
  })

  it('does not follow a redirect: the 302 and its Location are the answer', async () => {
    expect(await httpCheck(`http://check.example:${port}/portal`, '127.0.0.1', 2000)).toMatchObject({
      status: 302,
      location: 'http://192.168.1.1/login',
      body: '<html>moved</html>',
    })
  })

  it('reads at most 64 KiB of a body, and keeps its start', async () => {
    const big = await httpCheck(`http://check.example:${port}/big`, '127.0.0.1', 2000)
    expect(big).toMatchObject({outcome: 'answered', status: 200, bodyBytes: BODY_READ_BYTES})
    expect(big.body.length).toBe(BODY_KEPT)
  })

  it('gives up on a server that says nothing, within its window', async () => {
    const started = Date.now()
    expect(await httpCheck(`http://check.example:${port}/hang`, '127.0.0.1', 300)).toMatchObject({outcome: 'timeout', status: null})
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('names a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const free = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    expect(await httpCheck(`http://check.example:${free}/`, '127.0.0.1', 1000)).toMatchObject({outcome: 'refused', code: 'ECONNREFUSED'})
  })
})

describe('tlsCheck', () => {
  it("rejects a certificate no trusted CA issued, with the code and the certificate's issuer and dates", async () => {
    const check = await tlsCheck('www.example.com', tlsPort, '127.0.0.1', 2000)
    expect(check).toMatchObject({
      outcome: 'rejected',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      certificate: {subject: 'CN=www.example.com, O=Self Signed', issuer: 'CN=www.example.com, O=Self Signed'},
    })
    const {validFrom, validTo} = check.certificate!
    expect(Date.parse(validTo) - Date.parse(validFrom)).toBe(2 * 24 * 3600 * 1000)
  })

  it('trusts it when this process trusts its CA, and then checks the name', async () => {
    const trusting = {ca: readFileSync(join(dir, 'cert.pem'))}
    expect(await tlsCheck('www.example.com', tlsPort, '127.0.0.1', 2000, trusting)).toMatchObject({outcome: 'verified', code: null})
    expect(await tlsCheck('www.other.com', tlsPort, '127.0.0.1', 2000, trusting)).toMatchObject({
      outcome: 'rejected',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    })
  })
})
