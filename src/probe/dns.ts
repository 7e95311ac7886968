// DNS with its own short timeout against the servers of /etc/resolv.conf, each server asked on its own so a silent one can be named:
// addresses for a name, and the PTR names of an address.
import {performance} from 'node:perf_hooks'
import type {HostFiles} from '../host/files.js'
import type {Host} from '../host/host.js'
import {isNotLive} from '../host/sockets.js'
import {hostsAddresses, parseHostsFile} from '../parse/hosts-file.js'
import {parseResolvConf, queryNames, type ResolverConfig} from '../parse/resolv-conf.js'
import type {DnsAnswer, DnsOutcome, Resolution} from '../capabilities/ping/facts.js'
import type {PtrAnswer} from '../capabilities/mail/facts.js'

/** readResolverConfig reads the machine's /etc/resolv.conf; a missing or unreadable file gives no servers and a reason. */
export function readResolverConfig(files: HostFiles): {config: ResolverConfig; problem: string | null} {
  const empty: ResolverConfig = {servers: [], search: [], ndots: 1}
  const file = files.read('/etc/resolv.conf')
  if (!file.ok) return {config: empty, problem: `/etc/resolv.conf: ${file.message}`}
  const result = parseResolvConf(file.text)
  return result.ok ? {config: result.value, problem: null} : {config: empty, problem: result.error}
}

/** lookUpHostsFile returns the addresses /etc/hosts gives `name`, or null when /etc/hosts cannot be read. */
export function lookUpHostsFile(files: HostFiles, name: string): string[] | null {
  const file = files.read('/etc/hosts')
  if (!file.ok) return null
  const result = parseHostsFile(file.text)
  return result.ok ? hostsAddresses(result.value, name) : null
}

function outcomeOf(code: string | undefined): DnsOutcome {
  switch (code) {
    case 'ENOTFOUND':
      return 'nxdomain'
    case 'ENODATA':
      return 'no-data'
    case 'ETIMEOUT':
    case 'ECANCELLED':
    case 'ECONNREFUSED':
      return 'no-answer'
    case 'EREFUSED':
      return 'refused'
    case 'ESERVFAIL':
      return 'server-failure'
    default:
      return 'error'
  }
}

/** queryServer asks one server, through `host`'s sockets, for one name's IPv4 and IPv6 addresses, once, waiting at most
 * `timeoutMs` for its answer (a slow server's late answer still counts; the C library would wait 5 s per attempt). A host that
 * may not send (a recorded tree) gives an `error` answer with its reason as the code, and nothing is sent. */
export async function queryServer(host: Host, server: string, name: string, timeoutMs: number): Promise<DnsAnswer> {
  const started = performance.now()
  const asked = await host.sockets.lookUp(server, name, timeoutMs)
  const ms = Math.round(performance.now() - started)
  if (asked.kind === 'not-live') return {server, name, outcome: 'error', addresses: [], ms, code: asked.reason}
  const {v4, v6} = asked
  const addresses = [...v4.addresses, ...v6.addresses]
  if (addresses.length > 0) return {server, name, outcome: 'answered', addresses, ms, code: null}
  const code = v4.code === 'ENODATA' && v6.code !== null && v6.code !== 'ENODATA' ? v6.code : (v4.code ?? v6.code)
  return {server, name, outcome: outcomeOf(code ?? undefined), addresses: [], ms, code}
}

/** queryPtr asks one server, through `host`'s sockets, for an address's PTR records, once, waiting at most `timeoutMs`; a host that
 * may not send gives an `error` answer with its reason as the code, and nothing is sent. */
export async function queryPtr(host: Host, server: string, address: string, timeoutMs: number): Promise<PtrAnswer> {
  const started = performance.now()
  const asked = await host.sockets.lookUpPtr(server, address, timeoutMs)
  const ms = Math.round(performance.now() - started)
  if (isNotLive(asked)) return {server, address, outcome: 'error', names: [], ms, code: asked.reason}
  if (asked.addresses.length > 0) return {server, address, outcome: 'answered', names: asked.addresses, ms, code: null}
  return {server, address, outcome: outcomeOf(asked.code ?? undefined), names: [], ms, code: asked.code}
}

/** decideResolution picks the first name (in the resolver's order) that some server answered with addresses. */
export function decideResolution(answers: readonly DnsAnswer[], names: readonly string[]): {addresses: string[]} {
  for (const name of names) {
    const answered = answers.find(answer => answer.name === name && answer.outcome === 'answered')
    if (answered) return {addresses: answered.addresses}
  }
  return {addresses: []}
}

/** resolveName resolves a host name on `host` as the C library would (/etc/hosts first, then DNS with the search suffixes), but asks every
 * configured server at once, each bounded by `timeoutMs`, and keeps every server's answer as evidence: DNS is asked even when
 * /etc/hosts has the name, so a stale hosts line shows beside what DNS says. */
export async function resolveName(host: Host, name: string, timeoutMs: number): Promise<{resolution: Resolution; problems: string[]}> {
  const problems: string[] = []
  const fromHosts = lookUpHostsFile(host.files, name)
  const {config, problem} = readResolverConfig(host.files)
  if (problem) problems.push(problem)
  const names = queryNames(name, config)
  const base = {name, servers: config.servers, names, hostsChecked: fromHosts !== null, timeoutMs}
  const answers = await Promise.all(
    config.servers.flatMap(server => names.map(candidate => queryServer(host, server, candidate, timeoutMs))),
  )
  if (fromHosts && fromHosts.length > 0) return {resolution: {...base, source: 'hosts', addresses: fromHosts, answers}, problems}
  const {addresses} = decideResolution(answers, names)
  return {resolution: {...base, source: addresses.length > 0 ? 'dns' : null, addresses, answers}, problems}
}
