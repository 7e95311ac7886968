// The why-no-ping matrix: situations (the office LAN, broken one way each, with more topology where a situation needs it) ×
// privilege × tools installed, each with the verdict netdoc must reach on a real kernel stack, or netdoc.undetermined where
// the facts truly cannot decide. Cases are data: a new one is a few lines here.
import {execFileSync} from 'node:child_process'
import {symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {Lab, NETDOC_BIN, PROJECT_ROOT} from '../lab.js'
import {DROP_PING, OFFICE, UNPRIVILEGED, addIpv6, buildOffice} from '../scenarios/why-no-ping.js'

/** BRANCH is a second private LAN behind the office router (its eth1): the targets "on another subnet behind a router". */
export const BRANCH = {
  subnet: '192.168.61.0/24',
  router: '192.168.61.1',
  server: '192.168.61.20',
  dropping: '192.168.61.30',
  rejecting: '192.168.61.40',
  absent: '192.168.61.99',
} as const

/** Privilege is who runs netdoc: root; an ordinary user (nobody, ping and arping still work through their file capabilities,
 * tcpdump does not); or a locked-down user with CAP_NET_RAW out of reach altogether (no ping, no arping). */
export type Privilege = 'root' | 'user' | 'locked'

/** Tool is a program netdoc runs that a case can take away (it is then missing from PATH). */
export type Tool = 'ip' | 'arping' | 'tcpdump' | 'ping' | 'ethtool'

const AS_USER = UNPRIVILEGED.filter(arg => arg !== '--bounding-set=-net_raw')
const TOOLS = ['ip', 'ping', 'arping', 'tcpdump', 'ethtool', 'dmesg', 'journalctl', 'getcap', 'ss']
const REJECT_PING = `table inet netdoc_lab {
  chain input {
    type filter hook input priority 0;
    icmp type echo-request reject with icmp type admin-prohibited
  }
}
`
const DROP_ALL = `table inet netdoc_lab {
  chain input {
    type filter hook input priority 0;
    policy drop;
  }
}
`

/** Situation is one way the office is broken, whom the PC asks about, and the verdict for each way of running netdoc. */
export interface Situation {
  name: string
  target: string
  build?(lab: Lab): Promise<void> | void
  /** verdicts maps a variant (a privilege, or `root-without-<tool>`) to the verdict netdoc must reach there. */
  verdicts: Partial<Record<Privilege | `root-without-${Tool}`, string>>
}

/** addBranch wires the branch LAN behind the office router: a server that answers, one whose firewall drops ping, one whose
 * firewall rejects it (admin-prohibited), and the router's proxy ARP when asked. */
export function addBranch(lab: Lab, options: {proxyArp?: boolean} = {}): void {
  lab.addSwitch('branch')
  lab.cable('router', 'eth1', 'b-router', 'branch')
  lab.run('router', ['ip', 'addr', 'add', `${BRANCH.router}/24`, 'dev', 'eth1'])
  for (const [host, address] of [
    ['bserver', BRANCH.server],
    ['bdrop', BRANCH.dropping],
    ['breject', BRANCH.rejecting],
  ] as const) {
    lab.addHost(host)
    lab.cable(host, 'eth0', `b-${host}`, 'branch')
    lab.run(host, ['ip', 'addr', 'add', `${address}/24`, 'dev', 'eth0'])
    lab.run(host, ['ip', 'route', 'add', 'default', 'via', BRANCH.router])
  }
  lab.nft('bdrop', DROP_PING)
  lab.nft('breject', REJECT_PING)
  if (options.proxyArp) lab.run('router', ['sysctl', '-qw', 'net.ipv4.conf.eth0.proxy_arp=1'])
}

/** oddDns starts the lab's odd DNS server (test/lab/tools/dns-server.py) on a host of its own at 192.168.60.54, waits until it
 * listens, and points the PC at it. */
async function oddDns(lab: Lab, args: string[]): Promise<void> {
  lab.plugIn('odddns', '192.168.60.54/24', OFFICE.router)
  lab.background('odddns', ['python3', join(PROJECT_ROOT, 'test', 'lab', 'tools', 'dns-server.py'), '192.168.60.54', ...args])
  await lab.listening('odddns', 'udp', 53)
  lab.etcFile('pc', 'resolv.conf', 'nameserver 192.168.60.54\n')
}

/** SITUATIONS are the broken offices, from this machine outwards. */
export const SITUATIONS: Situation[] = [
  {
    name: 'server on the LAN answers',
    target: OFFICE.server,
    verdicts: {
      root: 'target.reachable',
      user: 'target.reachable',
      locked: 'ping.not-permitted',
      'root-without-ping': 'ping.not-installed',
      'root-without-ip': 'target.reachable',
      'root-without-arping': 'target.reachable',
      'root-without-ethtool': 'target.reachable',
    },
  },
  {
    name: 'server by its short name (search lan) answers',
    target: 'server',
    verdicts: {root: 'target.reachable', user: 'target.reachable', locked: 'ping.not-permitted'},
  },
  {
    name: 'remote host behind the router answers',
    target: OFFICE.remote,
    verdicts: {
      root: 'target.reachable',
      user: 'target.reachable',
      'root-without-ip': 'target.reachable',
      'root-without-tcpdump': 'target.reachable',
    },
  },
  {name: 'the target is this machine itself', target: OFFICE.pc, verdicts: {root: 'target.reachable', user: 'target.reachable'}},
  {
    name: 'cable pulled out of the PC',
    target: OFFICE.server,
    build: lab => lab.unplug('sw-pc'),
    verdicts: {root: 'local.no-carrier', user: 'local.no-carrier', locked: 'local.no-carrier', 'root-without-ip': 'local.no-carrier'},
  },
  {
    name: 'PC with only a 169.254 address',
    target: OFFICE.server,
    build: lab => {
      lab.run('pc', ['ip', 'addr', 'flush', 'dev', 'eth0'])
      lab.run('pc', ['ip', 'addr', 'add', '169.254.23.7/16', 'dev', 'eth0'])
    },
    verdicts: {root: 'local.no-address', user: 'local.no-address', locked: 'local.no-address'},
  },
  {
    name: 'PC without a default route',
    target: OFFICE.remote,
    build: lab => void lab.run('pc', ['ip', 'route', 'del', 'default']),
    verdicts: {root: 'local.no-route', user: 'local.no-route', 'root-without-ip': 'local.no-route'},
  },
  {
    name: "a VPN that dropped: its routes (OpenVPN's def1, 0/1 and 128/1) still go through tun0, which has no link",
    target: OFFICE.remote,
    build: lab => {
      lab.run('pc', ['ip', 'tuntap', 'add', 'dev', 'tun0', 'mode', 'tun'])
      lab.run('pc', ['ip', 'addr', 'add', '10.8.0.2/24', 'dev', 'tun0'])
      lab.run('pc', ['ip', 'link', 'set', 'tun0', 'up'])
      lab.run('pc', ['ip', 'route', 'add', '0.0.0.0/1', 'dev', 'tun0'])
      lab.run('pc', ['ip', 'route', 'add', '128.0.0.0/1', 'dev', 'tun0'])
    },
    verdicts: {root: 'local.vpn-down', user: 'local.vpn-down'},
  },
  {
    name: 'router switched off',
    target: OFFICE.remote,
    build: lab => void lab.run('router', ['ip', 'link', 'set', 'eth0', 'down']),
    verdicts: {
      root: 'gateway.unreachable',
      user: 'gateway.unreachable',
      locked: 'gateway.unreachable',
      'root-without-arping': 'gateway.unreachable',
    },
  },
  {
    name: 'two default routes, the preferred one via a router that is gone',
    target: OFFICE.remote,
    build: lab => {
      lab.run('pc', ['ip', 'route', 'del', 'default'])
      lab.run('pc', ['ip', 'route', 'add', 'default', 'via', '192.168.60.254', 'metric', '10'])
      lab.run('pc', ['ip', 'route', 'add', 'default', 'via', OFFICE.router, 'metric', '20'])
    },
    verdicts: {root: 'gateway.unreachable', user: 'gateway.unreachable'},
  },
  {
    name: 'a second router on the LAN is the gateway, and it has no way out',
    target: OFFICE.remote,
    build: lab => {
      lab.plugIn('router2', '192.168.60.254/24')
      lab.run('router2', ['sysctl', '-qw', 'net.ipv4.ip_forward=1'])
      // Linux sends at most about six ICMP errors to one host in a burst (icmp_ratelimit): the ten TCP probes' SYNs may use them up
      // before ping's first packet on a loaded machine, and ping then hears nothing. The case is about the error, so none is limited.
      lab.run('router2', ['sysctl', '-qw', 'net.ipv4.icmp_ratelimit=0'])
      lab.run('pc', ['ip', 'route', 'replace', 'default', 'via', '192.168.60.254'])
    },
    verdicts: {root: 'gateway.no-route', user: 'gateway.no-route'},
  },
  {
    name: "a second router with no way out, sending ICMP errors at the kernel's default rate (a burst of about six)",
    target: OFFICE.remote,
    build: lab => {
      lab.plugIn('router2', '192.168.60.254/24')
      lab.run('router2', ['sysctl', '-qw', 'net.ipv4.ip_forward=1'])
      lab.run('pc', ['ip', 'route', 'replace', 'default', 'via', '192.168.60.254'])
    },
    verdicts: {root: 'gateway.no-route', user: 'gateway.no-route'},
  },
  {name: 'name that does not exist', target: 'nosuch.lan', verdicts: {root: 'dns.unresolved', locked: 'dns.unresolved'}},
  {
    name: 'DNS server that does not exist',
    target: 'server.lan',
    build: lab => lab.etcFile('pc', 'resolv.conf', `nameserver ${OFFICE.deadDns}\nsearch lan\n`),
    verdicts: {root: 'dns.no-answer', user: 'dns.no-answer'},
  },
  {
    name: 'the DNS server refuses names outside the LAN (no upstream)',
    target: 'example.com',
    verdicts: {root: 'dns.refused', user: 'dns.refused', locked: 'dns.refused'},
  },
  {
    name: 'the DNS server fails (SERVFAIL) for every name',
    target: 'server.lan',
    build: lab => oddDns(lab, ['servfail']),
    verdicts: {root: 'dns.server-failure', locked: 'dns.server-failure'},
  },
  {
    name: 'the DNS server answers after 1.5 s',
    target: 'server.lan',
    build: lab => oddDns(lab, ['slow', '1.5', `server.lan=${OFFICE.server}`]),
    verdicts: {root: 'target.reachable', user: 'target.reachable'},
  },
  {
    name: 'a name with only an IPv6 address, on a PC without IPv6',
    target: 'v6only.lan',
    verdicts: {root: 'local.no-route', user: 'local.no-route'},
  },
  {name: 'a name with only an IPv6 address, on a PC with IPv6', target: 'v6only.lan', build: addIpv6, verdicts: {root: 'target.reachable'}},
  {
    name: 'a name with an IPv4 and an IPv6 address',
    target: 'dual.lan',
    build: addIpv6,
    verdicts: {root: 'target.reachable', locked: 'ping.not-permitted'},
  },
  {
    name: 'a search domain answers every name, hiding the right one',
    target: 'server',
    build: lab => lab.etcFile('pc', 'resolv.conf', `nameserver ${OFFICE.router}\nsearch corp.example lan\n`),
    verdicts: {root: 'dns.search-hides', user: 'dns.search-hides'},
  },
  {
    name: '/etc/hosts sends the name to an old address',
    target: 'server.lan',
    build: lab => lab.etcFile('pc', 'hosts', `127.0.0.1 localhost\n192.168.60.77 server.lan\n`),
    verdicts: {root: 'dns.hosts-override', user: 'dns.hosts-override', locked: 'dns.hosts-override'},
  },
  {
    name: 'address nobody holds',
    target: OFFICE.absent,
    verdicts: {
      root: 'target.no-arp-reply',
      user: 'target.no-arp-reply',
      locked: 'target.no-arp-reply',
      'root-without-arping': 'target.no-arp-reply',
      'root-without-ip': 'netdoc.undetermined',
    },
  },
  {
    name: 'server over IPv6 answers',
    target: OFFICE.server6,
    build: addIpv6,
    verdicts: {root: 'target.reachable', user: 'target.reachable'},
  },
  {
    name: 'IPv6 address nobody holds',
    target: OFFICE.absent6,
    build: addIpv6,
    verdicts: {root: 'target.no-arp-reply', user: 'target.no-arp-reply'},
  },
  {
    name: 'device still configured for the old router',
    target: OFFICE.stale,
    build: lab => {
      lab.plugIn('stale', `${OFFICE.stale}/24`, OFFICE.staleGateway)
      lab.background('stale', ['ping', '-n', '-q', '-i', '0.5', OFFICE.remote])
    },
    verdicts: {
      root: 'target.wrong-subnet',
      user: 'target.wrong-subnet',
      locked: 'ping.not-permitted',
      'root-without-tcpdump': 'target.wrong-subnet',
      'root-without-arping': 'target.wrong-subnet',
    },
  },
  {
    name: 'server whose firewall drops ping',
    target: OFFICE.server,
    build: lab => lab.nft('server', DROP_PING),
    verdicts: {root: 'target.icmp-blocked', user: 'target.icmp-blocked', locked: 'ping.not-permitted'},
  },
  {
    name: 'server whose firewall rejects ping (admin-prohibited)',
    target: OFFICE.server,
    build: lab => lab.nft('server', REJECT_PING),
    verdicts: {root: 'target.icmp-blocked', user: 'target.icmp-blocked'},
  },
  {
    name: 'server whose firewall drops everything',
    target: OFFICE.server,
    build: lab => lab.nft('server', DROP_ALL),
    verdicts: {root: 'target.icmp-blocked', user: 'target.icmp-blocked'},
  },
  {
    name: 'two hosts holding one address',
    target: OFFICE.server,
    build: lab => lab.plugIn('twin', `${OFFICE.server}/24`, OFFICE.router),
    verdicts: {root: 'target.ip-conflict', user: 'target.ip-conflict'},
  },
  {
    name: 'a server on another subnet behind the router answers',
    target: BRANCH.server,
    build: lab => addBranch(lab),
    verdicts: {root: 'target.reachable', user: 'target.reachable', locked: 'ping.not-permitted'},
  },
  {
    name: 'an address nobody holds on another subnet behind the router',
    target: BRANCH.absent,
    build: lab => addBranch(lab),
    verdicts: {root: 'target.no-reply', user: 'target.no-reply', 'root-without-tcpdump': 'target.no-reply'},
  },
  {
    name: 'a host on another subnet whose firewall drops ping',
    target: BRANCH.dropping,
    build: lab => addBranch(lab),
    verdicts: {root: 'target.icmp-blocked', user: 'target.icmp-blocked'},
  },
  {
    name: 'a host on another subnet whose firewall rejects ping',
    target: BRANCH.rejecting,
    build: lab => addBranch(lab),
    verdicts: {root: 'target.icmp-blocked', user: 'target.icmp-blocked'},
  },
  {
    name: 'the router answers ARP for the other subnet (proxy ARP), where nobody holds the address',
    target: BRANCH.absent,
    build: lab => addBranch(lab, {proxyArp: true}),
    verdicts: {root: 'target.no-reply', user: 'target.no-reply'},
  },
  {
    name: "this machine's netmask is too wide (/16 on a /24 LAN)",
    target: BRANCH.server,
    build: lab => {
      addBranch(lab)
      lab.run('pc', ['ip', 'addr', 'flush', 'dev', 'eth0'])
      lab.run('pc', ['ip', 'addr', 'add', `${OFFICE.pc}/16`, 'dev', 'eth0'])
      lab.run('pc', ['ip', 'route', 'add', 'default', 'via', OFFICE.router])
    },
    verdicts: {root: 'netdoc.undetermined', user: 'netdoc.undetermined'},
  },
  {
    name: "this machine's netmask is too narrow (/25 on a /24 LAN)",
    target: '192.168.60.200',
    build: lab => {
      lab.plugIn('high', '192.168.60.200/24', OFFICE.router)
      lab.run('pc', ['ip', 'addr', 'flush', 'dev', 'eth0'])
      lab.run('pc', ['ip', 'addr', 'add', `${OFFICE.pc}/25`, 'dev', 'eth0'])
      lab.run('pc', ['ip', 'route', 'add', 'default', 'via', OFFICE.router])
    },
    verdicts: {root: 'target.reachable', user: 'target.reachable'},
  },
]

/** Case is one run: a situation, a variant, and the verdict it must reach. */
export interface Case {
  situation: Situation
  variant: string
  privilege: Privilege
  missing: Tool | null
  verdict: string
}

/** CASES expands every situation into its variants. */
export const CASES: Case[] = SITUATIONS.flatMap(situation =>
  Object.entries(situation.verdicts).map(([variant, verdict]) => {
    const missing = /^root-without-(\w+)$/.exec(variant)?.[1] as Tool | undefined
    return {situation, variant, privilege: missing ? 'root' : (variant as Privilege), missing: missing ?? null, verdict: verdict!}
  }),
)

/** toolsWithout makes a folder holding every tool netdoc runs except `missing`, as links to the real ones, for PATH. */
function toolsWithout(lab: Lab, missing: Tool | null): string {
  const dir = lab.tempDir()
  for (const tool of TOOLS) {
    if (tool === missing) continue
    try {
      symlinkSync(
        execFileSync('sh', ['-c', `command -v ${tool}`], {
          encoding: 'utf8',
          env: {PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'},
        }).trim(),
        join(dir, tool),
      )
    } catch {
      // not installed here either
    }
  }
  return dir
}

/** runCase builds the office, breaks it, and runs why-no-ping --json from the PC as the case says. */
export async function runCase(lab: Lab, test: Case): Promise<{code: number; stdout: string; stderr: string}> {
  await buildOffice(lab)
  await test.situation.build?.(lab)
  const prefix = test.privilege === 'root' ? [] : test.privilege === 'user' ? AS_USER : UNPRIVILEGED
  const path = toolsWithout(lab, test.missing)
  return lab.try('pc', [
    ...prefix,
    'env',
    `PATH=${path}`,
    'NO_COLOR=1',
    process.execPath,
    NETDOC_BIN,
    'why-no-ping',
    '--json',
    '--',
    test.situation.target,
  ])
}
