// Builders for why-no-ping snapshots, so each rule table reads as the office it describes: 192.168.1.10/24 on eth0, router 192.168.1.1.
import type {Port, Route} from '../../src/capabilities/nics/facts.js'
import type {
  ArpProbe,
  DnsAnswer,
  Neighbour,
  PingFacts,
  PingProbe,
  Resolution,
  RouteProbe,
  TcpProbe,
} from '../../src/capabilities/ping/facts.js'
import {emptySnapshot, type Snapshot} from '../../src/snapshot/snapshot.js'
import {wiredPort} from './ports.js'

/** ROUTER is the office's gateway. */
export const ROUTER = '192.168.1.1'
/** THIS_PC is this machine's address on eth0. */
export const THIS_PC = '192.168.1.10'

/** officeRoutes are this machine's routes: the default via the router, and the connected /24. */
export function officeRoutes(overrides: Partial<Route> = {}): Route[] {
  return [
    {destination: 'default', gateway: ROUTER, dev: 'eth0', linkdown: false, ...overrides},
    {destination: '192.168.1.0/24', gateway: null, dev: 'eth0', linkdown: false, ...overrides},
  ]
}

/** officePort is eth0 with a cable and this machine's address. */
export function officePort(overrides: Partial<Port> = {}): Port {
  return wiredPort({addresses: [`${THIS_PC}/24`], ...overrides})
}

/** routeTo is the kernel's answer for `to`: on-link unless a gateway is named; `error` stands for no route at all. */
export function routeTo(to: string, options: {gateway?: string; dev?: string; error?: string} = {}): RouteProbe {
  if (options.error) return {to, route: null, error: options.error}
  return {
    to,
    route: {to, dev: options.dev ?? 'eth0', gateway: options.gateway ?? null, source: THIS_PC, kind: null, linkdown: false},
    error: null,
  }
}

/** pinged is a ping run's result. */
export function pinged(address: string, outcome: PingProbe['outcome'], overrides: Partial<PingProbe> = {}): PingProbe {
  const lines: Record<string, string> = {
    reply: `64 bytes from ${address}: icmp_seq=1 ttl=64 time=0.412 ms`,
    'no-reply': '5 packets transmitted, 0 received, 100% packet loss, time 812ms',
    unreachable: `From ${THIS_PC} icmp_seq=1 Destination Host Unreachable`,
    'not-permitted': 'ping: socket: Operation not permitted',
  }
  const replied = outcome === 'reply'
  return {
    address,
    argv: ['ping', '-n', '-c', '3', '-i', '0.2', '-w', '1', '--', address],
    outcome,
    sent: outcome === 'not-permitted' ? null : replied ? 3 : 5,
    received: outcome === 'not-permitted' ? null : replied ? 3 : 0,
    lossPercent: outcome === 'not-permitted' ? null : replied ? 0 : 100,
    rtt: replied ? {minMs: 0.3, avgMs: 0.412, maxMs: 0.6} : null,
    line: lines[outcome] ?? outcome,
    ...overrides,
  }
}

/** arped is an arping run: replied when MACs are given, else no reply. */
export function arped(address: string, macs: string[] = [], overrides: Partial<ArpProbe> = {}): ArpProbe {
  return {
    address,
    dev: 'eth0',
    outcome: macs.length > 0 ? 'replied' : 'no-reply',
    macs,
    windowMs: 1000,
    line:
      macs.length > 0
        ? `${macs.length === 1 ? 'reply' : 'replies'} from ${macs.join(' and ')}`
        : '2 ARP request(s) on eth0, no reply in 1.0 s',
    ...overrides,
  }
}

/** knocked lists TCP probes of the common ports, all with one outcome unless a port is named in `answers`. */
export function knocked(outcome: TcpProbe['outcome'], answers: Record<number, TcpProbe['outcome']> = {}): TcpProbe[] {
  return [22, 80, 443, 445].map(port => ({port, outcome: answers[port] ?? outcome, ms: 3, code: null}))
}

/** neighbour is one entry of the kernel's neighbour table. */
export function neighbour(address: string, state: string, mac: string | null = null): Neighbour {
  return {address, dev: 'eth0', mac, state, confirmedSecondsAgo: mac ? 1 : null}
}

/** dnsAnswer is one server's answer for one name. */
export function dnsAnswer(server: string, name: string, outcome: DnsAnswer['outcome'], addresses: string[] = []): DnsAnswer {
  const codes: Record<string, string | null> = {
    answered: null,
    nxdomain: 'ENOTFOUND',
    'no-data': 'ENODATA',
    'no-answer': 'ETIMEOUT',
    refused: 'EREFUSED',
  }
  return {server, name, outcome, addresses, ms: outcome === 'no-answer' ? 1200 : 4, code: codes[outcome] ?? 'EUNKNOWN'}
}

/** resolved is how a name resolved (or not), given the servers' answers. */
export function resolved(name: string, answers: DnsAnswer[], overrides: Partial<Resolution> = {}): Resolution {
  const answered = answers.find(answer => answer.outcome === 'answered')
  return {
    name,
    source: answered ? 'dns' : null,
    addresses: answered?.addresses ?? [],
    servers: [...new Set(answers.map(answer => answer.server))],
    names: [...new Set(answers.map(answer => answer.name))],
    answers,
    hostsChecked: true,
    timeoutMs: 1200,
    ...overrides,
  }
}

/** pingFacts are a why-no-ping run's facts for an address target, with nothing probed unless given. */
export function pingFacts(target: string, overrides: Partial<PingFacts> = {}): PingFacts {
  const kind = /^[\d.]+$/.test(target) ? 'ipv4' : target.includes(':') ? 'ipv6' : 'name'
  return {
    target: {input: target, kind},
    address: kind === 'name' ? null : target,
    resolution: null,
    routes: [],
    ping: null,
    arp: [],
    tcp: [],
    neighbours: [],
    listening: null,
    permission: {
      uid: 0,
      gids: [0],
      netRaw: true,
      groupRange: [1, 0],
      program: '/usr/bin/ping',
      capabilities: 'cap_net_raw=ep',
      setuid: false,
    },
    probes: [],
    ...overrides,
  }
}

/** office is a snapshot of this machine in the office (ports and routes changeable) with these why-no-ping facts. */
export function office(facts: PingFacts, machine: {ports?: Port[]; routes?: Route[]} = {}): Snapshot {
  return {...emptySnapshot(), nics: {ports: machine.ports ?? [officePort()], routes: machine.routes ?? officeRoutes()}, ping: facts}
}
