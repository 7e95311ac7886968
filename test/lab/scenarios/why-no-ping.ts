// The why-no-ping lab: one small office LAN (switch, router with DNS/DHCP and a WAN side, a server, this PC), broken one way per scenario.
import {Lab, NETDOC_BIN} from '../lab.js'
import {jsonOf} from '../../support/cli.js'

/** OFFICE is the LAN every scenario starts from: addresses the scenarios and their assertions refer to. */
export const OFFICE = {
  subnet: '192.168.60.0/24',
  router: '192.168.60.1',
  pc: '192.168.60.10',
  server: '192.168.60.20',
  absent: '192.168.60.99',
  deadDns: '192.168.60.53',
  remote: '10.60.0.5',
  routerWan: '10.60.0.1',
  stale: '192.168.1.10',
  staleGateway: '192.168.1.1',
  pc6: 'fd60::10',
  server6: 'fd60::20',
  absent6: 'fd60::99',
} as const

/** UNPRIVILEGED runs a program as nobody with CAP_NET_RAW out of reach (not even through ping's file capability), like a locked-down container. */
export const UNPRIVILEGED = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--bounding-set=-net_raw', '--reset-env', '--']

/** DROP_PING is an nftables ruleset that silently drops ICMP echo requests, as a desktop firewall does. */
export const DROP_PING = `table inet netdoc_lab {
  chain input {
    type filter hook input priority 0;
    icmp type echo-request drop
  }
}
`

/** Scenario is one broken office: how to break it, whom the PC asks about, and the verdict netdoc must reach. */
export interface Scenario {
  name: string
  verdict: string
  target: string
  /** unprivileged runs netdoc as nobody without CAP_NET_RAW. */
  unprivileged?: boolean
  /** build breaks the office after it is built. */
  build?(lab: Lab): Promise<void> | void
}

/** buildOffice wires the office: switch, router (LAN 192.168.60.1 with dnsmasq answering *.lan; WAN 10.60.0.1 to a remote host), server and PC. */
export async function buildOffice(lab: Lab): Promise<void> {
  lab.addSwitch()
  lab.addSwitch('wan')
  for (const host of ['router', 'server', 'pc', 'remote']) lab.addHost(host)
  lab.cable('router', 'eth0', 'sw-router')
  lab.cable('server', 'eth0', 'sw-server')
  lab.cable('pc', 'eth0', 'sw-pc')
  lab.cable('router', 'wan0', 'w-router', 'wan')
  lab.cable('remote', 'eth0', 'w-remote', 'wan')
  lab.run('router', ['ip', 'addr', 'add', `${OFFICE.router}/24`, 'dev', 'eth0'])
  lab.run('router', ['ip', 'addr', 'add', `${OFFICE.routerWan}/24`, 'dev', 'wan0'])
  lab.run('router', ['sysctl', '-qw', 'net.ipv4.ip_forward=1'])
  lab.run('remote', ['ip', 'addr', 'add', `${OFFICE.remote}/24`, 'dev', 'eth0'])
  lab.run('remote', ['ip', 'route', 'add', 'default', 'via', OFFICE.routerWan])
  lab.run('server', ['ip', 'addr', 'add', `${OFFICE.server}/24`, 'dev', 'eth0'])
  lab.run('server', ['ip', 'route', 'add', 'default', 'via', OFFICE.router])
  lab.run('pc', ['ip', 'addr', 'add', `${OFFICE.pc}/24`, 'dev', 'eth0'])
  lab.run('pc', ['ip', 'route', 'add', 'default', 'via', OFFICE.router])
  lab.etcFile('pc', 'resolv.conf', `nameserver ${OFFICE.router}\nsearch lan\n`)
  lab.etcFile('pc', 'hosts', '127.0.0.1 localhost\n')
  await lab.dnsmasq('router', {
    dev: 'eth0',
    records: {
      'server.lan': OFFICE.server,
      'remote.lan': OFFICE.remote,
      'v6only.lan': OFFICE.server6,
      'dual.lan': `${OFFICE.server},${OFFICE.server6}`,
    },
    dhcpRange: '192.168.60.100,192.168.60.150,255.255.255.0',
    extra: ['--address=/corp.example/192.168.60.77'],
  })
}

/** addIpv6 gives the PC and the server unique local IPv6 addresses on the office LAN (no duplicate detection, so they work at once). */
export function addIpv6(lab: Lab): void {
  lab.run('pc', ['ip', '-6', 'addr', 'add', `${OFFICE.pc6}/64`, 'dev', 'eth0', 'nodad'])
  lab.run('server', ['ip', '-6', 'addr', 'add', `${OFFICE.server6}/64`, 'dev', 'eth0', 'nodad'])
}

/** scenarios reach every root cause of why-no-ping on a real kernel stack, asked from the PC. */
export const scenarios: Scenario[] = [
  {name: 'server on the LAN answers', verdict: 'target.reachable', target: OFFICE.server},
  {name: 'server by its short name (search lan) answers', verdict: 'target.reachable', target: 'server'},
  {name: 'remote host behind the router answers', verdict: 'target.reachable', target: OFFICE.remote},
  {name: 'cable pulled out of the PC', verdict: 'local.no-carrier', target: OFFICE.server, build: lab => lab.unplug('sw-pc')},
  {
    name: 'PC with only a 169.254 address',
    verdict: 'local.no-address',
    target: OFFICE.server,
    build: lab => {
      lab.run('pc', ['ip', 'addr', 'flush', 'dev', 'eth0'])
      lab.run('pc', ['ip', 'addr', 'add', '169.254.23.7/16', 'dev', 'eth0'])
    },
  },
  {
    name: 'PC without a default route',
    verdict: 'local.no-route',
    target: OFFICE.remote,
    build: lab => lab.run('pc', ['ip', 'route', 'del', 'default']),
  },
  {name: 'name that does not exist', verdict: 'dns.unresolved', target: 'nosuch.lan'},
  {
    name: 'DNS server that does not exist',
    verdict: 'dns.no-answer',
    target: 'server.lan',
    build: lab => lab.etcFile('pc', 'resolv.conf', `nameserver ${OFFICE.deadDns}\nsearch lan\n`),
  },
  {
    name: 'router switched off',
    verdict: 'gateway.unreachable',
    target: OFFICE.remote,
    build: lab => lab.run('router', ['ip', 'link', 'set', 'eth0', 'down']),
  },
  {name: 'address nobody holds', verdict: 'target.no-arp-reply', target: OFFICE.absent},
  {name: 'server over IPv6 answers', verdict: 'target.reachable', target: OFFICE.server6, build: addIpv6},
  {name: 'IPv6 address nobody holds', verdict: 'target.no-arp-reply', target: OFFICE.absent6, build: addIpv6},
  {
    name: 'device still configured for the old router',
    verdict: 'target.wrong-subnet',
    target: OFFICE.stale,
    build: lab => {
      lab.plugIn('stale', `${OFFICE.stale}/24`, OFFICE.staleGateway)
      lab.background('stale', ['ping', '-n', '-q', '-i', '0.5', OFFICE.remote])
    },
  },
  {
    name: 'server whose firewall drops ping',
    verdict: 'target.icmp-blocked',
    target: OFFICE.server,
    build: lab => lab.nft('server', DROP_PING),
  },
  {
    name: 'two hosts holding one address',
    verdict: 'target.ip-conflict',
    target: OFFICE.server,
    build: lab => lab.plugIn('twin', `${OFFICE.server}/24`, OFFICE.router),
  },
  {name: 'user who may not ping', verdict: 'ping.not-permitted', target: OFFICE.server, unprivileged: true},
]

/** whyNoPingArgv is the command line that runs the built netdoc for a scenario (as nobody when it is unprivileged). */
export function whyNoPingArgv(scenario: Scenario, extra: string[] = []): string[] {
  return [...(scenario.unprivileged ? UNPRIVILEGED : []), process.execPath, NETDOC_BIN, 'why-no-ping', ...extra, '--', scenario.target]
}

/** WhyNoPingJson is the part of `why-no-ping --json` the lab tests read. */
export interface WhyNoPingJson {
  target: string
  address: string | null
  verdict: {id: string; severity: string; title: string; evidence: string[]; next: string[]}
  findings: {id: string; title: string; evidence: string[]}[]
  path: {step: string; label: string; status: string; detail: string}[]
  probes: {probe: string; subject: string; outcome: string; detail: string; ms: number}[]
  notChecked: {fact: string; reason: string}[]
}

/** scenarioNamed finds a scenario by its name (a typo fails the test that asks). */
export function scenarioNamed(name: string): Scenario {
  const scenario = scenarios.find(s => s.name === name)
  if (!scenario) throw new Error(`no why-no-ping scenario named ${name}`)
  return scenario
}

/** runScenario builds the office, breaks it as the scenario says, and runs why-no-ping from the PC (JSON unless `human`). */
export async function runScenario(lab: Lab, scenario: Scenario, options: {human?: boolean; extra?: string[]} = {}) {
  await buildOffice(lab)
  await scenario.build?.(lab)
  const result = await lab.try('pc', whyNoPingArgv(scenario, [...(options.human ? [] : ['--json']), ...(options.extra ?? [])]), {
    NO_COLOR: '1',
  })
  const report = options.human ? null : jsonOf<WhyNoPingJson>(result)
  return {...result, report}
}
