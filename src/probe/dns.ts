// DNS with its own short timeout against the servers of /etc/resolv.conf, each server asked on its own so a silent one can be named.
import {Resolver} from 'node:dns/promises'
import {performance} from 'node:perf_hooks'
import {readHostFile} from '../host/files.js'
import {hostsAddresses, parseHostsFile} from '../parse/hosts-file.js'
import {parseResolvConf, queryNames, type ResolverConfig} from '../parse/resolv-conf.js'
import type {DnsAnswer, DnsOutcome, Resolution} from '../snapshot/ping.js'

/** readResolverConfig reads /etc/resolv.conf (through the host root); a missing or unreadable file gives no servers and a reason. */
export function readResolverConfig(): {config: ResolverConfig; problem: string | null} {
  const empty: ResolverConfig = {servers: [], search: [], ndots: 1}
  const file = readHostFile('/etc/resolv.conf')
  if (!file.ok) return {config: empty, problem: `/etc/resolv.conf: ${file.message}`}
  const result = parseResolvConf(file.text)
  return result.ok ? {config: result.value, problem: null} : {config: empty, problem: result.error}
}

/** lookUpHostsFile returns the addresses /etc/hosts gives `name`, or null when /etc/hosts cannot be read. */
export function lookUpHostsFile(name: string): string[] | null {
  const file = readHostFile('/etc/hosts')
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

/** queryServer asks one server for one name's IPv4 and IPv6 addresses, once, waiting at most `timeoutMs` for its answer (a slow
 * server's late answer still counts; the C library would wait 5 s per attempt). */
export async function queryServer(server: string, name: string, timeoutMs: number): Promise<DnsAnswer> {
  const resolver = new Resolver({timeout: Math.max(100, Math.floor(timeoutMs)), tries: 1})
  resolver.setServers([server])
  const started = performance.now()
  const timer = setTimeout(() => resolver.cancel(), timeoutMs)
  const ask = (query: Promise<string[]>) => query.then(addresses => ({addresses, code: null}), (error: NodeJS.ErrnoException) => ({addresses: [] as string[], code: error.code ?? 'EUNKNOWN'}))
  const [v4, v6] = await Promise.all([ask(resolver.resolve4(name)), ask(resolver.resolve6(name))])
  clearTimeout(timer)
  const ms = Math.round(performance.now() - started)
  const addresses = [...v4.addresses, ...v6.addresses]
  if (addresses.length > 0) return {server, name, outcome: 'answered', addresses, ms, code: null}
  const code = v4.code === 'ENODATA' && v6.code !== null && v6.code !== 'ENODATA' ? v6.code : (v4.code ?? v6.code)
  return {server, name, outcome: outcomeOf(code ?? undefined), addresses: [], ms, code}
}

/** decideResolution picks the first name (in the resolver's order) that some server answered with addresses. */
export function decideResolution(answers: readonly DnsAnswer[], names: readonly string[]): {addresses: string[]} {
  for (const name of names) {
    const answered = answers.find(answer => answer.name === name && answer.outcome === 'answered')
    if (answered) return {addresses: answered.addresses}
  }
  return {addresses: []}
}

/** resolveName resolves a host name as the C library would (/etc/hosts first, then DNS with the search suffixes), but asks every
 * configured server at once, each bounded by `timeoutMs`, and keeps every server's answer as evidence: DNS is asked even when
 * /etc/hosts has the name, so a stale hosts line shows beside what DNS says. */
export async function resolveName(name: string, timeoutMs: number): Promise<{resolution: Resolution; problems: string[]}> {
  const problems: string[] = []
  const fromHosts = lookUpHostsFile(name)
  const {config, problem} = readResolverConfig()
  if (problem) problems.push(problem)
  const names = queryNames(name, config)
  const base = {name, servers: config.servers, names, hostsChecked: fromHosts !== null, timeoutMs}
  const answers = await Promise.all(config.servers.flatMap(server => names.map(candidate => queryServer(server, candidate, timeoutMs))))
  if (fromHosts && fromHosts.length > 0) return {resolution: {...base, source: 'hosts', addresses: fromHosts, answers}, problems}
  const {addresses} = decideResolution(answers, names)
  return {resolution: {...base, source: addresses.length > 0 ? 'dns' : null, addresses, answers}, problems}
}
