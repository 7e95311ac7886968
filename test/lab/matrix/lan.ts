// The lan matrix: the office LAN of test/lab/scenarios/lan.ts set up one way each (a static address in or out of the pool, a
// second DHCP server, a device left on an old subnet, a silent gateway…), run as root or as an ordinary user, each with the
// exact set of problems `netdoc lan` must report: nothing missing, nothing extra.
import {join} from 'node:path'
import {Lab, NETDOC_BIN, PROJECT_ROOT} from '../lab.js'
import {UNPRIVILEGED} from '../scenarios/why-no-ping.js'
import {LAN, buildLan} from '../scenarios/lan.js'

/** LanSituation is one way the office is set up, the flags netdoc lan runs with, and the problems it must report per privilege. */
export interface LanSituation {
  name: string
  pc?: {cidr: string; gateway: string; dns: string}
  /** router holds extra dnsmasq options for the router (e.g. --no-ping: it offers a fresh address at once). */
  router?: string[]
  args?: string[]
  build?(lab: Lab): Promise<void> | void
  /** problems maps 'root' and 'user' to the sorted ids of the problem findings (errors and warnings) netdoc must report. */
  problems: Partial<Record<'root' | 'user', string[]>>
}

const AS_USER = UNPRIVILEGED.filter(arg => arg !== '--bounding-set=-net_raw')
const FLOOD = join(PROJECT_ROOT, 'test', 'lab', 'tools', 'flood.py')

/** LAN_SITUATIONS are the office's set-ups. */
export const LAN_SITUATIONS: LanSituation[] = [
  {name: 'a healthy LAN: a static address below the pool', problems: {root: [], user: []}},
  {name: 'a healthy LAN, without listening or the DISCOVER', args: ['--listen', '0'], problems: {root: []}},
  {
    name: 'a static address inside the pool, sampled from a router that offers at once (no --pool)',
    pc: {cidr: `${LAN.inPool}/24`, gateway: LAN.router, dns: LAN.router},
    router: ['--no-ping'],
    problems: {root: ['lan.static-in-pool'], user: []},
  },
  {
    name: 'a static address inside the pool, sampled from a router that checks each address first (no --pool): one offer is too few to tell',
    pc: {cidr: `${LAN.inPool}/24`, gateway: LAN.router, dns: LAN.router},
    problems: {root: []},
  },
  {
    name: 'a static address inside the pool given with --pool',
    pc: {cidr: `${LAN.inPool}/24`, gateway: LAN.router, dns: LAN.router},
    args: ['--pool', `${LAN.poolFirst}-${LAN.poolLast}`],
    problems: {root: ['lan.static-in-pool'], user: ['lan.static-in-pool']},
  },
  {
    name: 'a static address just below the pool, sampled from a router that offers at once',
    pc: {cidr: '192.168.70.99/24', gateway: LAN.router, dns: LAN.router},
    router: ['--no-ping'],
    problems: {root: []},
  },
  {
    name: "this PC still on the old router's subnet",
    pc: {cidr: `${LAN.oldStatic}/24`, gateway: LAN.oldGateway, dns: LAN.oldGateway},
    problems: {root: ['lan.gateway-silent', 'lan.static-off-subnet']},
  },
  {
    name: "another device on this PC's address",
    build: lab => lab.plugIn('printer', `${LAN.pc}/24`),
    problems: {root: ['lan.address-in-use'], user: ['lan.address-in-use']},
  },
  {
    name: 'a second DHCP server (an extender handing out its own subnet)',
    build: async lab => {
      lab.plugIn('extender', `${LAN.extender}/24`)
      await lab.dnsmasq('extender', {dev: 'eth0', dhcpRange: '192.168.71.100,192.168.71.150,255.255.255.0'})
    },
    problems: {root: ['lan.dhcp-servers']},
  },
  {
    name: 'a second DHCP server on the same subnet (an old router at .254)',
    build: async lab => {
      lab.plugIn('oldrouter', '192.168.70.254/24')
      await lab.dnsmasq('oldrouter', {
        dev: 'eth0',
        dhcpRange: '192.168.70.200,192.168.70.220,255.255.255.0',
        extra: ['--dhcp-option=3,192.168.70.254'],
      })
    },
    problems: {root: ['lan.dhcp-servers']},
  },
  {
    name: 'a device left on the old subnet, asking for its old gateway',
    build: lab => {
      lab.plugIn('nas', `${LAN.oldStatic}/24`, LAN.oldGateway)
      lab.background('nas', ['ping', '-n', '-q', '-i', '0.5', LAN.oldGateway])
    },
    problems: {root: ['lan.stale-host'], user: []},
  },
  {
    name: 'the router switched off',
    build: lab => void lab.run('router', ['ip', 'link', 'set', 'eth0', 'down']),
    problems: {root: ['lan.gateway-silent'], user: ['lan.gateway-silent']},
  },
  {
    name: 'a DNS server that does not exist',
    pc: {cidr: `${LAN.pc}/24`, gateway: LAN.router, dns: '192.168.70.53'},
    problems: {root: ['lan.dns-silent'], user: ['lan.dns-silent']},
  },
  {
    name: 'a gateway outside every subnet of this PC',
    build: lab => {
      lab.run('pc', ['ip', 'route', 'del', 'default'])
      lab.run('pc', ['ip', 'route', 'add', 'default', 'via', '10.99.0.1', 'dev', 'eth0', 'onlink'])
    },
    problems: {root: ['lan.gateway-off-subnet'], user: ['lan.gateway-off-subnet']},
  },
  {
    name: 'a DHCP client on this PC holds port 68',
    build: lab =>
      void lab.background('pc', [
        'python3',
        '-c',
        "import socket,time; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('0.0.0.0', 68)); time.sleep(60)",
      ]),
    problems: {root: []},
  },
  {
    name: 'a second port, onboard and without link, beside the one with the LAN',
    build: lab => {
      lab.addHost('nowhere')
      lab.cable('pc', 'eth1', 'sw-nowhere')
      lab.run('switch', ['ip', 'link', 'set', 'sw-nowhere', 'down'])
    },
    problems: {root: []},
  },
  {
    name: 'an ARP storm on the LAN',
    build: async lab => {
      lab.plugIn('flooder', '192.168.70.66/24')
      lab.background('flooder', ['python3', FLOOD, 'arp', 'eth0', '15'])
      await new Promise(resolve => setTimeout(resolve, 500))
    },
    problems: {root: []},
  },
]

/** LanCase is one run of a situation with one privilege, and the problems it must report. */
export interface LanCase {
  situation: LanSituation
  privilege: 'root' | 'user'
  problems: string[]
}

/** LAN_CASES expands every situation into its privileges. */
export const LAN_CASES: LanCase[] = LAN_SITUATIONS.flatMap(situation =>
  (Object.entries(situation.problems) as ['root' | 'user', string[]][]).map(([privilege, problems]) => ({situation, privilege, problems})),
)

/** runLanCase builds the office as the case says and runs `netdoc lan --json` in the PC. */
export async function runLanCase(lab: Lab, test: LanCase): Promise<{code: number; stdout: string; stderr: string}> {
  const pc = test.situation.pc
  await buildLan(lab, pc?.cidr, pc?.gateway, pc?.dns, test.situation.router)
  await test.situation.build?.(lab)
  const prefix = test.privilege === 'root' ? [] : AS_USER
  return lab.try('pc', [
    ...prefix,
    'env',
    'NO_COLOR=1',
    'PATH=/usr/sbin:/usr/bin:/sbin:/bin',
    process.execPath,
    NETDOC_BIN,
    'lan',
    '--json',
    ...(test.situation.args ?? []),
  ])
}
