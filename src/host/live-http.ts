// The live machine's HTTP connectivity check (node:http): loaded only when a probe first asks one, never at start-up.
import {request} from 'node:http'
import {performance} from 'node:perf_hooks'
import type {HttpCheck, HttpOutcome} from '../capabilities/internet/facts.js'

/** BODY_READ_BYTES bounds how much of an answer is read: a portal's login page is far smaller, a stream never ends. */
export const BODY_READ_BYTES = 64 * 1024
/** BODY_KEPT is how many characters of the body the facts keep (enough to tell a login page from the expected text). */
export const BODY_KEPT = 2048

function outcomeOf(code: string | undefined): HttpOutcome {
  if (code === 'ECONNREFUSED') return 'refused'
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN') return 'unreachable'
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'reset'
  if (code === 'ETIMEDOUT') return 'timeout'
  return 'error'
}

/** httpCheck sends GET `url` to `address` (the URL's host name in the Host header), waits at most `timeoutMs` for the whole answer,
 * and never follows a redirect: a 30x is the answer, with its Location. */
export async function httpCheck(url: string, address: string, timeoutMs: number): Promise<HttpCheck> {
  const started = performance.now()
  const base = {url, address, status: null, location: null, contentType: null, body: '', bodyBytes: 0, code: null}
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return {...base, outcome: 'error', ms: 0, code: 'EINVALIDURL'}
  }
  return new Promise(resolve => {
    let done = false
    const chunks: Buffer[] = []
    let bytes = 0
    let answer: Pick<HttpCheck, 'status' | 'location' | 'contentType'> | null = null
    const finish = (outcome: HttpOutcome, code: string | null) => {
      if (done) return
      done = true
      clearTimeout(timer)
      req.destroy()
      const body = Buffer.concat(chunks).subarray(0, BODY_READ_BYTES).toString('utf8').slice(0, BODY_KEPT)
      resolve({
        ...base,
        ...(answer ?? {}),
        outcome,
        body,
        bodyBytes: Math.min(bytes, BODY_READ_BYTES),
        ms: Math.round(performance.now() - started),
        code,
      })
    }
    const req = request({
      host: address,
      port: parsed.port === '' ? 80 : Number(parsed.port),
      path: `${parsed.pathname}${parsed.search}`,
      method: 'GET',
      agent: false,
      setHost: false,
      headers: {Host: parsed.host, 'User-Agent': 'netdoc connectivity check', Accept: '*/*', Connection: 'close'},
    })
    const timer = setTimeout(() => finish(answer ? 'answered' : 'timeout', answer ? null : 'ETIMEDOUT'), timeoutMs)
    req.once('response', response => {
      const location = response.headers.location
      answer = {
        status: response.statusCode ?? null,
        location: typeof location === 'string' ? location : null,
        contentType: response.headers['content-type'] ?? null,
      }
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (chunks.reduce((sum, kept) => sum + kept.length, 0) < BODY_READ_BYTES) chunks.push(chunk)
        if (bytes >= BODY_READ_BYTES) finish('answered', null)
      })
      response.once('end', () => finish('answered', null))
      response.once('error', () => finish('answered', null))
    })
    req.once('error', (error: NodeJS.ErrnoException) =>
      finish(answer ? 'answered' : outcomeOf(error.code), answer ? null : (error.code ?? null)),
    )
    req.end()
  })
}
