// The lan lab: a small office LAN (switch, router with dnsmasq handing out a pool, this PC), and the ways it goes wrong after a router swap.
import {Lab} from '../lab.js'
import {jsonOf} from '../../support/cli.js'

/** LAN is the office every lan scenario starts from: the addresses the scenarios and their assertions refer to. */
export const LAN = {
  subnet: '192.168.70.0/24',
  router: '192.168.70.1',
  poolFirst: '192.168.70.100',
  poolLast: '192.168.70.150',
  pc: '192.168.70.10',
  /** pcMac is the PC's fixed MAC: dnsmasq picks an offered address from a hash of the client's MAC, and the sampling DISCOVERs'
   * MACs follow from this one, so the pool's sampled span is the same on every run (with a random MAC, 1 run in 70 saw a span
   * that missed the static address inside the pool). */
  pcMac: '02:6e:64:70:00:10',
  inPool: '192.168.70.120',
  oldSubnet: '192.168.1.0/24',
  oldStatic: '192.168.1.10',
  oldGateway: '192.168.1.1',
  extender: '192.168.71.1',
} as const

/** LanJson is the part of `netdoc lan --json` the lab tests read. */
export interface LanJson {
  lan: {
    interface: string | null
    mac: string | null
    addresses: {cidr: string; origin: string}[]
    router: {router: string | null; subnet: string | null; source: string}
    dhcpServers: {serverId: string; offered: string[]; macs: string[]}[]
    pool: {kind: string; first?: string; last?: string}
    dnsServers: {server: string; answers: boolean}[]
    discover: {outcome: string; offers: number} | null
    suggestedAddress: {address: string; checked: boolean} | null
    reservation: {dev: string; mac: string | null; address: string | null} | null
  }
  findings: {id: string; severity: string; subject?: string; title: string; evidence: string[]; next: string[]}[]
  notChecked: {fact: string; reason: string}[]
}

/** buildLan wires the office: a switch, the router (192.168.70.1, dnsmasq DNS and DHCP pool .100–.150, with `routerOptions`) and
 * the PC at `pcCidr` with `gateway` and the router as DNS server. */
export async function buildLan(
  lab: Lab,
  pcCidr = `${LAN.pc}/24`,
  gateway: string = LAN.router,
  dns: string = LAN.router,
  routerOptions: string[] = [],
): Promise<void> {
  lab.addSwitch()
  lab.plugIn('router', `${LAN.router}/24`)
  lab.plugIn('pc', pcCidr, gateway)
  lab.run('pc', ['ip', 'link', 'set', 'eth0', 'address', LAN.pcMac])
  lab.etcFile('pc', 'resolv.conf', `nameserver ${dns}\n`)
  await lab.dnsmasq('router', {dev: 'eth0', dhcpRange: `${LAN.poolFirst},${LAN.poolLast},255.255.255.0`, extra: routerOptions})
}

/** lanJson runs `netdoc lan --json` in the PC and parses its report. */
export async function lanJson(
  lab: Lab,
  args: string[] = [],
  prefix: string[] = [],
): Promise<{code: number; report: LanJson; stderr: string}> {
  const result =
    prefix.length > 0
      ? await lab.try('pc', [...prefix, process.execPath, (await import('../lab.js')).NETDOC_BIN, 'lan', '--json', ...args], {
          NO_COLOR: '1',
        })
      : await lab.netdoc('pc', ['lan', '--json', ...args])
  return {code: result.code, report: jsonOf<LanJson>(result), stderr: result.stderr}
}
