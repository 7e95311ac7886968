// The endpoints `netdoc internet` probes: the built-in list (rules/internet/endpoints.json), a config file, or --endpoints FILE.
import {existsSync, readFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {dirname, join} from 'node:path'
import {catalogDirectory} from '../../explain/load-catalog.js'
import {readBoundedFile} from '../../host/input-file.js'
import {isIpAddress} from '../../net/address.js'
import type {Endpoints} from './facts.js'

/** ENDPOINTS_FILE_BYTES bounds an endpoints file: a handful of lines. */
const ENDPOINTS_FILE_BYTES = 256 * 1024

/** builtInEndpointsPath is rules/internet/endpoints.json in the netdoc package (beside the message catalog). */
export function builtInEndpointsPath(): string {
  return join(dirname(catalogDirectory()), 'internet', 'endpoints.json')
}

/** configEndpointsPath is the endpoints file of the user's configuration: $XDG_CONFIG_HOME/netdoc/endpoints.json, else
 * ~/.config/netdoc/endpoints.json. */
export function configEndpointsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(env.HOME ?? homedir(), '.config')
  return join(base, 'netdoc', 'endpoints.json')
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const HOST_NAME = /^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\.?$/

/** parseEndpoints checks an endpoints file's JSON: resolvers (addresses), http URLs (http:// only) with their expected status,
 * TLS hosts, the made-up name; it returns the endpoints or the one line that says what is wrong. */
export function parseEndpoints(text: string): {ok: true; endpoints: Endpoints} | {ok: false; error: string} {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // Not JSON's own message: it quotes the file around the error, line breaks and all, and a refusal is one printable line.
    return {ok: false, error: 'it is not valid JSON (corrupt, cut short, or not an endpoints file)'}
  }
  if (!isObject(value)) return {ok: false, error: 'it is not a JSON object'}
  const {resolvers, http, tls, madeUpName, mtuTarget} = value
  if (
    !Array.isArray(resolvers) ||
    !resolvers.every(r => isObject(r) && typeof r.address === 'string' && isIpAddress(r.address) && typeof r.name === 'string')
  )
    return {ok: false, error: 'resolvers must be a list of {"address": an IP address, "name": text}'}
  if (
    !Array.isArray(http) ||
    !http.every(
      h =>
        isObject(h) &&
        typeof h.url === 'string' &&
        /^http:\/\/[^/]+\//.test(h.url) &&
        Number.isInteger(h.status) &&
        (h.body === undefined || typeof h.body === 'string'),
    )
  )
    return {ok: false, error: 'http must be a list of {"url": "http://host/path", "status": a number, "body": optional text}'}
  if (
    !Array.isArray(tls) ||
    !tls.every(
      t =>
        isObject(t) &&
        typeof t.host === 'string' &&
        HOST_NAME.test(t.host) &&
        Number.isInteger(t.port) &&
        (t.port as number) > 0 &&
        (t.port as number) < 65536,
    )
  )
    return {ok: false, error: 'tls must be a list of {"host": a host name, "port": a port number}'}
  if (typeof madeUpName !== 'string' || !HOST_NAME.test(madeUpName))
    return {ok: false, error: 'madeUpName must be a host name that does not exist'}
  if (mtuTarget !== undefined && mtuTarget !== null && !(typeof mtuTarget === 'string' && isIpAddress(mtuTarget)))
    return {ok: false, error: 'mtuTarget must be an IP address or null'}
  const source = (entry: Record<string, unknown>) => (typeof entry.source === 'string' ? entry.source : 'endpoints file')
  return {
    ok: true,
    endpoints: {
      resolvers: resolvers.map(r => ({address: r.address as string, name: r.name as string})),
      http: http.map(h => ({
        url: h.url as string,
        status: h.status as number,
        ...(typeof h.body === 'string' ? {body: h.body} : {}),
        source: source(h),
      })),
      tls: tls.map(t => ({host: t.host as string, port: t.port as number, source: source(t)})),
      madeUpName,
      mtuTarget: (mtuTarget as string | null | undefined) ?? null,
    },
  }
}

/** LoadedEndpoints are endpoints read, and where from ("built-in", or the file's path). */
export interface LoadedEndpoints {
  ok: true
  endpoints: Endpoints
  from: string
}

/** loadEndpoints reads the endpoints: the file named (--endpoints), else the config file when there is one, else the built-in list. */
export function loadEndpoints(path?: string): LoadedEndpoints | {ok: false; error: string} {
  const chosen = path ?? (existsSync(configEndpointsPath()) ? configEndpointsPath() : null)
  if (chosen === null) {
    const parsed = parseEndpoints(readFileSync(builtInEndpointsPath(), 'utf8'))
    if (!parsed.ok) throw new Error(`netdoc's built-in endpoints are broken: ${parsed.error}`)
    return {ok: true, endpoints: parsed.endpoints, from: 'built-in'}
  }
  const read = readBoundedFile(chosen, ENDPOINTS_FILE_BYTES)
  if (!read.ok) return {ok: false, error: `the endpoints file ${read.error}`}
  if (read.read.cut) return {ok: false, error: `the endpoints file ${chosen} is larger than 256 KiB`}
  const parsed = parseEndpoints(read.read.bytes.toString('utf8'))
  return parsed.ok
    ? {ok: true, endpoints: parsed.endpoints, from: chosen}
    : {ok: false, error: `the endpoints file ${chosen}: ${parsed.error}`}
}
