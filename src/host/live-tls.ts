// The live machine's TLS handshake check (node:tls): loaded only when a probe first asks one, never at start-up.
import {performance} from 'node:perf_hooks'
import * as tls from 'node:tls'
import type {Certificate, TlsCheck, TlsOutcome} from '../capabilities/internet/facts.js'

function outcomeOf(code: string | undefined): TlsOutcome {
  if (code === 'ECONNREFUSED') return 'refused'
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN') return 'unreachable'
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'reset'
  if (code === 'ETIMEDOUT') return 'timeout'
  return 'error'
}

/** nameOf is a certificate name (subject or issuer) as one line: its common name and organisation. */
function nameOf(name: Record<string, string | string[]> | undefined): string {
  if (!name) return ''
  const part = (key: string) => {
    const value = name[key]
    return Array.isArray(value) ? value.join(', ') : value
  }
  return [part('CN') && `CN=${part('CN')}`, part('O') && `O=${part('O')}`].filter(Boolean).join(', ')
}

/** isoDate turns OpenSSL's date ("Dec  3 14:00:00 2026 GMT") into ISO text, keeping the text when it cannot be read. */
function isoDate(text: string): string {
  const time = Date.parse(text)
  return Number.isNaN(time) ? text : new Date(time).toISOString()
}

/** tlsCheck shakes hands with `address`:`port` for `host` (SNI), verifying the chain against Node's built-in root
 * certificates and NODE_EXTRA_CA_CERTS (or only `trust.ca` when given) and the name: verified, rejected (with the reason and the peer's certificate), or no handshake. */
export async function tlsCheck(
  host: string,
  port: number,
  address: string,
  timeoutMs: number,
  trust: {ca?: string | Buffer} = {},
): Promise<TlsCheck> {
  const started = performance.now()
  return new Promise(resolve => {
    let done = false
    const finish = (outcome: TlsOutcome, code: string | null, certificate: Certificate | null) => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      resolve({host, port, address, outcome, code, certificate, ms: Math.round(performance.now() - started)})
    }
    const socket = tls.connect({host: address, port, servername: host, rejectUnauthorized: false, ALPNProtocols: ['http/1.1'], ...trust})
    const timer = setTimeout(() => finish('timeout', null, null), timeoutMs)
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate()
      const certificate =
        peer && peer.valid_to
          ? {
              subject: nameOf(peer.subject as never),
              issuer: nameOf(peer.issuer as never),
              validFrom: isoDate(peer.valid_from),
              validTo: isoDate(peer.valid_to),
            }
          : null
      if (!socket.authorized) {
        const reason = socket.authorizationError as unknown
        const code = typeof reason === 'string' ? reason : ((reason as NodeJS.ErrnoException | null)?.code ?? String(reason))
        return finish('rejected', code, certificate)
      }
      const mismatch = peer ? tls.checkServerIdentity(host, peer) : undefined
      if (mismatch) return finish('rejected', (mismatch as NodeJS.ErrnoException).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID', certificate)
      finish('verified', null, certificate)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => finish(outcomeOf(error.code), error.code ?? null, null))
  })
}
