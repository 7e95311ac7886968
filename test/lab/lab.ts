// The namespace lab: small LANs of network namespaces, veth cables and bridges, removed after each test.
import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {NETDOC_BIN as CHECKOUT_BIN, cliEnv} from '../support/cli.js'

export {PROJECT_ROOT} from '../support/cli.js'

/** NETDOC_BIN is the lab's netdoc: under vitest the staged copy every user can read (test/support/stage-netdoc.ts), so that runs
 * as nobody work from a checkout in a home directory of mode 700; elsewhere (the bench) the checkout's own. */
export const NETDOC_BIN = process.env.NETDOC_LAB_BIN ?? CHECKOUT_BIN

/** netdocInMountNamespace is the argv that runs netdoc in a mount namespace of its own, after the shell `mounts` (overlays, bind
 * mounts) have laid the test's files over the machine's: the real /etc or /run stay untouched, and it is all gone when netdoc ends. */
export function netdocInMountNamespace(mounts: string, args: string[]): string[] {
  const script = `${mounts} && exec "$@"`
  return [
    'unshare',
    '--mount',
    '--propagation',
    'private',
    'sh',
    '-c',
    script,
    'sh',
    'env',
    'NO_COLOR=1',
    process.execPath,
    NETDOC_BIN,
    ...args,
  ]
}

const live = new Set<Lab>()
process.once('exit', () => {
  for (const lab of live) lab.destroy()
})

const NETNS_ETC = '/etc/netns'

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function sh(argv: string[], input?: string): string {
  return execFileSync(argv[0]!, argv.slice(1), {encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe']})
}

/** canBuildLabs tells whether this process may create network namespaces (root with iproute2). */
export function canBuildLabs(): boolean {
  try {
    return process.getuid?.() === 0 && sh(['ip', '-V']).includes('ip')
  } catch {
    return false
  }
}

/** RunResult is a finished command's exit code and output. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Lab owns namespaces named `nd<tag>-<name>` and every process it starts; destroy() removes them all. */
export class Lab {
  private readonly namespaces: string[] = []
  private readonly processes: ChildProcess[] = []
  private readonly dirs: string[] = []

  /** tag must be short and unique per test file (it prefixes namespace names). */
  constructor(readonly tag: string) {
    this.sweep()
    live.add(this)
  }

  /** ns returns the full namespace name for a host of this lab. */
  ns(host: string): string {
    return `nd${this.tag}-${host}`
  }

  /** sweep removes namespaces left behind by an earlier, killed run of the same lab. */
  private sweep(): void {
    const prefix = `nd${this.tag}-`
    for (const line of sh(['ip', 'netns', 'list']).split('\n')) {
      const name = line.split(' ')[0]
      if (name && name.startsWith(prefix)) sh(['ip', 'netns', 'del', name])
    }
    for (const name of listDir(NETNS_ETC)) if (name.startsWith(prefix)) rmSync(join(NETNS_ETC, name), {recursive: true, force: true})
  }

  /** addHost creates a namespace with loopback up. */
  addHost(host: string): string {
    const ns = this.ns(host)
    sh(['ip', 'netns', 'add', ns])
    this.namespaces.push(ns)
    this.run(host, ['ip', 'link', 'set', 'lo', 'up'])
    return ns
  }

  /** addSwitch creates a namespace holding bridge br0, the LAN's switch. */
  addSwitch(host = 'switch'): string {
    const ns = this.addHost(host)
    this.run(host, ['ip', 'link', 'add', 'br0', 'type', 'bridge'])
    this.run(host, ['ip', 'link', 'set', 'br0', 'up'])
    return ns
  }

  /** cable plugs port `port` of `host` into the switch with a veth pair; the switch end is named `switchPort`. */
  cable(host: string, port: string, switchPort: string, switchHost = 'switch'): void {
    sh(['ip', 'link', 'add', port, 'netns', this.ns(host), 'type', 'veth', 'peer', 'name', switchPort, 'netns', this.ns(switchHost)])
    this.run(switchHost, ['ip', 'link', 'set', switchPort, 'master', 'br0'])
    this.run(switchHost, ['ip', 'link', 'set', switchPort, 'up'])
    this.run(host, ['ip', 'link', 'set', port, 'up'])
  }

  /** cableTo joins port `port` of `host` to port `otherPort` of `other` with a veth pair, both ends up (no switch between). */
  cableTo(host: string, port: string, other: string, otherPort: string): void {
    sh(['ip', 'link', 'add', port, 'netns', this.ns(host), 'type', 'veth', 'peer', 'name', otherPort, 'netns', this.ns(other)])
    this.run(other, ['ip', 'link', 'set', otherPort, 'up'])
    this.run(host, ['ip', 'link', 'set', port, 'up'])
  }

  /** plugIn adds a host whose eth0 is cabled to the switch (port sw-<host>), holding `cidr`, with a default route when `gateway` is given. */
  plugIn(host: string, cidr: string, gateway?: string): void {
    this.addHost(host)
    this.cable(host, 'eth0', `sw-${host}`)
    this.run(host, ['ip', 'addr', 'add', cidr, 'dev', 'eth0'])
    if (gateway) this.run(host, ['ip', 'route', 'add', 'default', 'via', gateway])
  }

  /** unplug pulls the switch end of a cable down: the host's port then shows NO-CARRIER. */
  unplug(switchPort: string, switchHost = 'switch'): void {
    this.run(switchHost, ['ip', 'link', 'set', switchPort, 'down'])
  }

  /** run executes argv inside a host's namespace and returns its output; it throws when argv fails. */
  run(host: string, argv: string[], input?: string): string {
    return sh(['ip', 'netns', 'exec', this.ns(host), ...argv], input)
  }

  /** try executes argv inside a host's namespace and returns the exit code and output, without throwing. */
  try(host: string, argv: string[], env: Record<string, string> = {}): Promise<RunResult> {
    return new Promise(resolve => {
      const child = spawn('ip', ['netns', 'exec', this.ns(host), ...argv], {env: cliEnv(env)})
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', chunk => (stdout += chunk))
      child.stderr.on('data', chunk => (stderr += chunk))
      child.on('close', code => resolve({code: code ?? -1, stdout, stderr}))
    })
  }

  /** netdoc runs the built CLI inside a host's namespace. */
  netdoc(host: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    return this.try(host, [process.execPath, NETDOC_BIN, ...args], {NO_COLOR: '1', ...env})
  }

  /** background starts a long-running program (dnsmasq, a listener) inside a host; destroy() kills it. */
  background(host: string, argv: string[]): ChildProcess {
    const child = spawn('ip', ['netns', 'exec', this.ns(host), ...argv], {stdio: 'ignore', detached: true})
    this.processes.push(child)
    return child
  }

  /** etcFile gives a host its own /etc/<name> (resolv.conf, hosts): `ip netns exec` mounts /etc/netns/<ns>/<name> over it. */
  etcFile(host: string, name: string, text: string): void {
    const dir = join(NETNS_ETC, this.ns(host))
    mkdirSync(dir, {recursive: true})
    this.dirs.push(dir)
    writeFileSync(join(dir, name), text)
  }

  /** tempDir makes a directory (readable by every user) that destroy() removes. */
  tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), `nd${this.tag}-`))
    execFileSync('chmod', ['755', dir])
    this.dirs.push(dir)
    return dir
  }

  /** nft loads an nftables ruleset into a host: its own firewall (e.g. dropping ICMP echo requests). */
  nft(host: string, ruleset: string): void {
    this.run(host, ['nft', '-f', '-'], ruleset)
  }

  /** dnsmasq starts dnsmasq in a host as the LAN's DNS server for `domain` (names in `records` answer, others are NXDOMAIN) and,
   * given `dhcpRange` ("first,last,netmask"), its DHCP server; config, leases and pid live in a temp dir. Resolves once it listens. */
  async dnsmasq(
    host: string,
    options: {dev: string; domain?: string; records?: Record<string, string>; dhcpRange?: string; extra?: string[]},
  ): Promise<void> {
    const dir = this.tempDir()
    const domain = options.domain ?? 'lan'
    const argv = ['dnsmasq', '--keep-in-foreground', '--conf-file=/dev/null', '--no-resolv', '--no-hosts', '--bind-interfaces']
    argv.push(`--interface=${options.dev}`, '--except-interface=lo', `--domain=${domain}`, `--local=/${domain}/`)
    argv.push(`--pid-file=${join(dir, 'pid')}`, `--dhcp-leasefile=${join(dir, 'leases')}`, `--log-facility=${join(dir, 'log')}`)
    for (const [name, address] of Object.entries(options.records ?? {})) argv.push(`--host-record=${name},${address}`)
    if (options.dhcpRange) argv.push(`--dhcp-range=${options.dhcpRange},1h`)
    argv.push(...(options.extra ?? []))
    this.background(host, argv)
    await this.listening(host, 'udp', 53)
  }

  /** listening waits (up to 3 s) until a program in a host listens on a port, e.g. a DNS server started with background(). */
  async listening(host: string, protocol: 'udp' | 'tcp', port: number): Promise<void> {
    for (let waited = 0; waited < 3000; waited += 50) {
      if (this.run(host, ['ss', '-Hln', protocol === 'udp' ? '-u' : '-t', `sport = :${port}`]).trim() !== '') return
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    throw new Error(`nothing listens on ${protocol} port ${port} in ${this.ns(host)}`)
  }

  /** destroy kills the lab's processes and deletes its namespaces; safe to call twice. */
  destroy(): void {
    for (const child of this.processes.splice(0)) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    for (const ns of this.namespaces.splice(0)) {
      try {
        sh(['ip', 'netns', 'pids', ns])
          .split('\n')
          .filter(Boolean)
          .forEach(pid => process.kill(Number(pid), 'SIGKILL'))
      } catch {
        // no processes left
      }
      try {
        sh(['ip', 'netns', 'del', ns])
      } catch {
        // already deleted
      }
    }
    for (const dir of this.dirs.splice(0)) rmSync(dir, {recursive: true, force: true})
    live.delete(this)
  }
}
