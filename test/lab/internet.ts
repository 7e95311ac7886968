// The internet lab: an office LAN (switch, router, PC) behind an "ISP" namespace that stands in for the internet, with the
// documentation ranges (198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) as public addresses: the anycast resolvers' stand-ins on
// its loopback, an authoritative DNS answering the real endpoint names with lab addresses, the connectivity-check web server, and
// an HTTPS server whose certificate comes from a lab CA made at test time. Scenarios break it one way each, as data.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Lab, NETDOC_BIN, PROJECT_ROOT} from './lab.js'
import {UNPRIVILEGED} from './scenarios/why-no-ping.js'

/** NET are the lab's addresses: the office LAN, the router's WAN link to the ISP, and the ISP's "public" services. */
export const NET = {
  lan: '192.168.71.0/24',
  router: '192.168.71.1',
  pc: '192.168.71.10',
  routerWan: '203.0.113.2',
  ispWan: '203.0.113.1',
  resolvers: ['198.51.100.1', '198.51.100.2', '198.51.100.3'],
  ispDns: '198.51.100.53',
  checkServer: '203.0.113.80',
  httpsServer: '203.0.113.43',
  adServer: '203.0.113.99',
  lan6: '2001:db8:71::/64',
  router6: '2001:db8:71::1',
  pc6: '2001:db8:71::10',
  resolver6: '2001:db8:4700::1111',
  routerWan6: '2001:db8:ff::2',
  ispWan6: '2001:db8:ff::1',
  portalLogin: 'http://192.168.71.1/login',
} as const

const TOOLS = join(PROJECT_ROOT, 'test', 'lab', 'tools')

/** ENDPOINTS is the endpoints file the lab hands netdoc: the real check URLs and TLS host (the lab's DNS answers them), and the
 * resolver stand-ins instead of 1.1.1.1 and the rest. */
export const ENDPOINTS = {
  resolvers: [
    {address: NET.resolvers[0], name: 'lab resolver A'},
    {address: NET.resolvers[1], name: 'lab resolver B'},
    {address: NET.resolvers[2], name: 'lab resolver C'},
    {address: NET.resolver6, name: 'lab resolver A (IPv6)'},
  ],
  http: [
    {url: 'http://connectivitycheck.gstatic.com/generate_204', status: 204, source: 'Android and ChromeOS'},
    {url: 'http://nmcheck.gnome.org/check_network_status.txt', status: 200, body: 'NetworkManager is online', source: 'NetworkManager'},
  ],
  tls: [{host: 'www.google.com', port: 443, source: 'a well-known HTTPS host'}],
  madeUpName: 'netdoc-nxdomain-check.example.com',
}

/** Certificates are the lab's TLS files: the trusted lab CA, and the HTTPS server's certificate three ways. */
export interface Certificates {
  ca: string
  key: string
  /** good is signed by the lab CA and valid now. */
  good: string
  /** rogue is signed by a CA nobody trusts (a middlebox's). */
  rogue: string
  /** future is signed by the lab CA but valid only from 400 days on. */
  future: string
}

function openssl(args: string[], cwd: string, faketime?: string): void {
  const argv = faketime ? ['faketime', '-f', faketime, 'openssl', ...args] : ['openssl', ...args]
  execFileSync(argv[0]!, argv.slice(1), {cwd, stdio: ['ignore', 'pipe', 'pipe']})
}

/** makeCertificates makes the lab CA, a middlebox's CA and the www.google.com certificates with openssl in `dir`. */
export function makeCertificates(dir: string): Certificates {
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(['req', '-x509', ...key, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/CN=netdoc lab CA/O=netdoc lab'], dir)
  openssl(
    [
      'req',
      '-x509',
      ...key,
      '-keyout',
      'rogue-ca.key',
      '-out',
      'rogue-ca.pem',
      '-days',
      '30',
      '-subj',
      '/CN=Inspection CA/O=Some Middlebox',
    ],
    dir,
  )
  openssl(['req', ...key, '-keyout', 'www.key', '-out', 'www.csr', '-subj', '/CN=www.google.com'], dir)
  writeFileSync(join(dir, 'ext'), 'subjectAltName=DNS:www.google.com\n')
  const sign = (ca: string, out: string, faketime?: string) =>
    openssl(
      [
        'x509',
        '-req',
        '-in',
        'www.csr',
        '-CA',
        `${ca}.pem`,
        '-CAkey',
        `${ca}.key`,
        '-CAcreateserial',
        '-out',
        out,
        '-days',
        '30',
        '-extfile',
        'ext',
      ],
      dir,
      faketime,
    )
  sign('ca', 'good.pem')
  sign('rogue-ca', 'rogue.pem')
  sign('ca', 'future.pem', '+400d')
  execFileSync('chmod', ['644', ...['ca.pem', 'good.pem', 'rogue.pem', 'future.pem'].map(name => join(dir, name))])
  return {
    ca: join(dir, 'ca.pem'),
    key: join(dir, 'www.key'),
    good: join(dir, 'good.pem'),
    rogue: join(dir, 'rogue.pem'),
    future: join(dir, 'future.pem'),
  }
}

/** InternetOptions shape one build of the lab: what the ISP's DNS does, which certificate HTTPS shows, and whether the PC has IPv6. */
export interface InternetOptions {
  /** ispDns: 'up' (answers the endpoint names, NXDOMAIN for the rest), 'hijack' (answers made-up names too), 'down' (not running). */
  ispDns?: 'up' | 'hijack' | 'down'
  certificate?: 'good' | 'rogue' | 'future'
  /** ipv6 gives the PC an IPv6 address and a default route via the router; 'working' gives the router an IPv6 way to the ISP
   * (which holds the IPv6 resolver's stand-in), 'broken' none. */
  ipv6?: 'working' | 'broken'
}

/** dnsmasq starts an authoritative dnsmasq in the ISP on `addresses`, answering the endpoint names with the lab's servers. */
async function ispDnsmasq(lab: Lab, addresses: string[], hijack: boolean): Promise<void> {
  const dir = lab.tempDir()
  const argv = [
    'dnsmasq',
    '--keep-in-foreground',
    '--conf-file=/dev/null',
    '--no-resolv',
    '--no-hosts',
    '--bind-interfaces',
    `--listen-address=${addresses.join(',')}`,
  ]
  argv.push(
    `--pid-file=${join(dir, 'pid')}`,
    `--log-facility=${join(dir, 'log')}`,
    '--local=/gstatic.com/',
    '--local=/gnome.org/',
    '--local=/google.com/',
  )
  argv.push(
    `--host-record=connectivitycheck.gstatic.com,${NET.checkServer}`,
    `--host-record=nmcheck.gnome.org,${NET.checkServer}`,
    `--host-record=www.google.com,${NET.httpsServer}`,
  )
  argv.push(hijack ? `--address=/example.com/${NET.adServer}` : '--local=/example.com/')
  lab.background('isp', argv)
  await lab.listening('isp', 'udp', 53)
}

/** settled waits (up to 4 s) until the hosts' link-local IPv6 addresses have passed duplicate detection: until then the router
 * forwards nothing over IPv6. */
async function settled(lab: Lab, hosts: string[]): Promise<void> {
  for (let waited = 0; waited < 4000; waited += 100) {
    if (hosts.every(host => lab.run(host, ['ip', '-6', 'addr', 'show', 'tentative']).trim() === '')) return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error('IPv6 duplicate address detection did not finish in 4 s')
}

/** buildInternet wires the office and its ISP, and starts the ISP's services (DNS, the check server, HTTPS). */
export async function buildInternet(lab: Lab, certificates: Certificates, options: InternetOptions = {}): Promise<void> {
  lab.addSwitch()
  for (const host of ['router', 'pc', 'isp']) lab.addHost(host)
  lab.cable('router', 'eth0', 'sw-router')
  lab.cable('pc', 'eth0', 'sw-pc')
  lab.run('router', ['ip', 'link', 'add', 'wan0', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', lab.ns('isp')])
  lab.run('router', ['ip', 'link', 'set', 'wan0', 'up'])
  lab.run('isp', ['ip', 'link', 'set', 'eth0', 'up'])
  lab.run('router', ['ip', 'addr', 'add', `${NET.router}/24`, 'dev', 'eth0'])
  lab.run('router', ['ip', 'addr', 'add', `${NET.routerWan}/24`, 'dev', 'wan0'])
  lab.run('router', ['ip', 'route', 'add', 'default', 'via', NET.ispWan])
  lab.run('router', ['sysctl', '-qw', 'net.ipv4.ip_forward=1'])
  lab.run('isp', ['ip', 'addr', 'add', `${NET.ispWan}/24`, 'dev', 'eth0'])
  lab.run('isp', ['ip', 'route', 'add', NET.lan, 'via', NET.routerWan])
  for (const address of [...NET.resolvers, NET.ispDns, NET.checkServer, NET.httpsServer, NET.adServer])
    lab.run('isp', ['ip', 'addr', 'add', `${address}/32`, 'dev', 'lo'])
  lab.run('pc', ['ip', 'addr', 'add', `${NET.pc}/24`, 'dev', 'eth0'])
  lab.run('pc', ['ip', 'route', 'add', 'default', 'via', NET.router])
  lab.etcFile('pc', 'resolv.conf', `nameserver ${NET.ispDns}\n`)
  lab.etcFile('pc', 'hosts', '127.0.0.1 localhost\n')
  for (const host of ['router', 'isp']) lab.etcFile(host, 'resolv.conf', 'nameserver 127.0.0.1\n')
  if (options.ipv6) {
    lab.run('router', ['sysctl', '-qw', 'net.ipv6.conf.all.forwarding=1'])
    lab.run('router', ['ip', '-6', 'addr', 'add', `${NET.router6}/64`, 'dev', 'eth0', 'nodad'])
    lab.run('pc', ['ip', '-6', 'addr', 'add', `${NET.pc6}/64`, 'dev', 'eth0', 'nodad'])
    lab.run('pc', ['ip', '-6', 'route', 'add', 'default', 'via', NET.router6])
  }
  if (options.ipv6 === 'working') {
    lab.run('router', ['ip', '-6', 'addr', 'add', `${NET.routerWan6}/64`, 'dev', 'wan0', 'nodad'])
    lab.run('router', ['ip', '-6', 'route', 'add', 'default', 'via', NET.ispWan6])
    lab.run('isp', ['ip', '-6', 'addr', 'add', `${NET.ispWan6}/64`, 'dev', 'eth0', 'nodad'])
    lab.run('isp', ['ip', '-6', 'addr', 'add', `${NET.resolver6}/128`, 'dev', 'lo'])
    lab.run('isp', ['ip', '-6', 'route', 'add', NET.lan6, 'via', NET.routerWan6])
  }
  if (options.ipv6) await settled(lab, ['pc', 'router', 'isp'])
  const dns = options.ispDns ?? 'up'
  await ispDnsmasq(lab, dns === 'down' ? [...NET.resolvers] : [...NET.resolvers, NET.ispDns], dns === 'hijack')
  lab.background('isp', ['python3', join(TOOLS, 'check-server.py'), 'check', NET.checkServer, '80'])
  lab.background('isp', [
    'python3',
    join(TOOLS, 'tls-server.py'),
    NET.httpsServer,
    '443',
    certificates[options.certificate ?? 'good'],
    certificates.key,
  ])
  await lab.listening('isp', 'tcp', 80)
  await lab.listening('isp', 'tcp', 443)
}

/** startPortal makes the router a captive portal: its DNS answers every name with itself, its web server sends every request to
 * the login page, nothing listens on 443, and it forwards nothing until a login. */
export async function startPortal(lab: Lab): Promise<void> {
  lab.run('router', ['sysctl', '-qw', 'net.ipv4.ip_forward=0'])
  lab.etcFile('pc', 'resolv.conf', `nameserver ${NET.router}\n`)
  await lab.dnsmasq('router', {dev: 'eth0', extra: [`--address=/#/${NET.router}`]})
  lab.background('router', ['python3', join(TOOLS, 'check-server.py'), 'portal', NET.router, '80', NET.portalLogin])
  await lab.listening('router', 'tcp', 80)
}

/** DROP_HTTPS is the router's firewall dropping every forwarded TCP packet to port 443. */
export const DROP_HTTPS = `table inet netdoc_lab {
  chain forward {
    type filter hook forward priority 0;
    tcp dport 443 drop
  }
}
`

/** DROP_FRAG_NEEDED is the router's firewall swallowing its own ICMP "fragmentation needed": the path MTU black hole. */
export const DROP_FRAG_NEEDED = `table inet netdoc_lab {
  chain output {
    type filter hook output priority 0;
    icmp type destination-unreachable icmp code frag-needed drop
  }
}
`

/** InternetScenario is one way the way out is broken, and the verdict and state netdoc must reach. */
export interface InternetScenario {
  name: string
  verdict: string
  state: 'none' | 'portal' | 'limited' | 'full'
  options?: InternetOptions
  unprivileged?: boolean
  build?(lab: Lab): Promise<void> | void
}

/** INTERNET_SCENARIOS are the cases, each with its expected verdict. */
export const INTERNET_SCENARIOS: InternetScenario[] = [
  {name: 'healthy', verdict: 'internet.ok', state: 'full'},
  {name: 'healthy, as an unprivileged user (no ping at all)', verdict: 'internet.ok', state: 'full', unprivileged: true},
  {
    name: 'no default route',
    verdict: 'internet.no-gateway',
    state: 'none',
    build: lab => void lab.run('pc', ['ip', 'route', 'del', 'default']),
  },
  {
    name: 'the router switched off',
    verdict: 'internet.no-gateway',
    state: 'none',
    build: lab => void lab.run('router', ['ip', 'link', 'set', 'eth0', 'down']),
  },
  {name: 'captive portal', verdict: 'internet.portal', state: 'portal', build: startPortal},
  {name: 'DNS hijack of NXDOMAIN', verdict: 'internet.dns-hijacked', state: 'full', options: {ispDns: 'hijack'}},
  {
    name: "the router's upstream link down",
    verdict: 'internet.upstream-down',
    state: 'limited',
    build: lab => void lab.run('router', ['ip', 'link', 'set', 'wan0', 'down']),
  },
  {name: "the ISP's DNS down while IP works", verdict: 'internet.dns-down', state: 'limited', options: {ispDns: 'down'}},
  {name: '443 dropped', verdict: 'internet.https-blocked', state: 'full', build: lab => lab.nft('router', DROP_HTTPS)},
  {name: 'TLS intercepted', verdict: 'internet.tls-intercepted', state: 'full', options: {certificate: 'rogue'}},
  {
    name: 'clock wrong (a certificate valid only in the future)',
    verdict: 'internet.clock-wrong',
    state: 'full',
    options: {certificate: 'future'},
  },
  {name: 'IPv6 route without a path', verdict: 'internet.ipv6-broken', state: 'full', options: {ipv6: 'broken'}},
  {name: 'healthy over IPv4 and IPv6', verdict: 'internet.ok', state: 'full', options: {ipv6: 'working'}},
  {
    name: 'an MTU of 1492 on the way, "fragmentation needed" filtered',
    verdict: 'internet.mtu-blackhole',
    state: 'full',
    build: lab => {
      lab.run('router', ['ip', 'link', 'set', 'wan0', 'mtu', '1492'])
      lab.run('isp', ['ip', 'link', 'set', 'eth0', 'mtu', '1492'])
      lab.nft('router', DROP_FRAG_NEEDED)
    },
  },
]

/** AS_USER are the failure scenarios run again as nobody without CAP_NET_RAW (no ping at all): TCP, DNS, HTTP, TLS and the
 * neighbour table must decide alone. */
const AS_USER = [
  'the router switched off',
  'captive portal',
  "the router's upstream link down",
  "the ISP's DNS down while IP works",
  'TLS intercepted',
  '443 dropped',
]
INTERNET_SCENARIOS.push(
  ...INTERNET_SCENARIOS.filter(scenario => AS_USER.includes(scenario.name)).map(scenario => ({
    ...scenario,
    name: `${scenario.name}, as an unprivileged user`,
    unprivileged: true,
  })),
)

/** InternetJson is the part of `netdoc internet --json` the lab reads. */
export interface InternetJson {
  state: string
  verdict: {id: string; severity: string; title: string; evidence: string[]; next: string[]}
  findings: {id: string; title: string}[]
  path: {step: string; label: string; status: string; detail: string}[]
  probes: {probe: string; subject: string; outcome: string; detail: string; ms: number}[]
  notChecked: {fact: string; reason: string}[]
}

/** internetArgv runs the built netdoc's `internet` in the PC (as nobody without CAP_NET_RAW when unprivileged), trusting the lab CA. */
export function internetArgv(
  scenario: InternetScenario,
  certificates: Certificates,
  endpointsFile: string,
  extra: string[] = [],
): string[] {
  const env = ['env', `NODE_EXTRA_CA_CERTS=${certificates.ca}`, 'NO_COLOR=1', 'PATH=/usr/sbin:/usr/bin:/sbin:/bin']
  return [
    ...(scenario.unprivileged ? UNPRIVILEGED : []),
    ...env,
    process.execPath,
    NETDOC_BIN,
    'internet',
    '--endpoints',
    endpointsFile,
    ...extra,
  ]
}

/** writeEndpoints writes the lab's endpoints file into `dir` (readable by every user) and returns its path. */
export function writeEndpoints(dir: string): string {
  const file = join(dir, 'endpoints.json')
  writeFileSync(file, JSON.stringify(ENDPOINTS, null, 2), {mode: 0o644})
  return file
}

/** LabFiles are the lab's certificates and endpoints file, made once for a test file or a bench run. */
export interface LabFiles {
  certificates: Certificates
  endpoints: string
  /** remove deletes the folder they are in. */
  remove(): void
}

/** labFiles makes the certificates and the endpoints file in a temporary folder every user can read (unprivileged runs read them). */
export function labFiles(): LabFiles {
  const dir = mkdtempSync(join(tmpdir(), 'ndinet-files-'))
  execFileSync('chmod', ['755', dir])
  try {
    return {certificates: makeCertificates(dir), endpoints: writeEndpoints(dir), remove: () => rmSync(dir, {recursive: true, force: true})}
  } catch (error) {
    rmSync(dir, {recursive: true, force: true})
    throw error
  }
}
