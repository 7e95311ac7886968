// `netdoc lan`: this machine's addressing against the LAN it is really on: router, subnet, DHCP servers and pool, conflicts, reservation.
import {poolFlag, portFlag, secondsFlag} from '../../src/cli/flags.js'
import {NetdocCommand, replayFlags} from '../../src/cli/netdoc-command.js'
import type {LanReport} from '../../src/capabilities/lan/report.js'

/** Lan checks static addresses, the gateway, DNS and the DHCP servers against what the LAN itself says. */
export default class Lan extends NetdocCommand {
  static override summary = "Check this machine's addresses against the LAN it is really on: router, DHCP pool, conflicts, reservation."
  static override description = `Learns the LAN from the LAN itself, not from this machine's (maybe stale) settings: the DHCP lease files (dhclient, NetworkManager, systemd-networkd, dhcpcd), one DHCP DISCOVER from the checked port that is never followed by a REQUEST (no lease is taken), and a few seconds of listening on the cable (ARP and DHCP). Then it checks:

- lan.static-off-subnet: a static address on another subnet than the router's
- lan.static-in-pool: a static address inside the DHCP pool
- lan.address-in-use: another device uses this machine's address
- lan.gateway-off-subnet, lan.gateway-silent: the gateway is off, or silent
- lan.dns-silent: DNS servers that do not answer
- lan.dhcp-servers: more than one DHCP server (a second router, an extender)
- lan.stale-host: a device on the cable still set up for another subnet
- lan.reserve-linked-port: the MAC to reserve (the port with the link)

The pool is known from --pool (the router's settings page) or a dnsmasq configuration on this machine; otherwise only addresses seen handed out are known, and it says so. The DISCOVER (UDP port 68) and listening need root: without it netdoc says what it could not check. Nothing is ever changed. Exit code 0 when nothing is wrong, 1 when a problem was found, 2 for bad input.`
  static override examples = [
    {command: 'sudo <%= config.bin %> lan', description: 'Check the port that carries the LAN, with the DHCP DISCOVER and listening.'},
    {
      command: 'sudo <%= config.bin %> lan --interface eth1 --pool 192.168.1.100-192.168.1.199',
      description: 'Check eth1, knowing the pool from the router page.',
    },
    {command: '<%= config.bin %> lan --listen 0', description: 'No listening: only leases, the DISCOVER (if permitted) and the probes.'},
    {
      command: '<%= config.bin %> lan --json',
      description: 'The report as JSON: {"lan": {…}, "findings": […], "notChecked": […]} (see the README).',
    },
    {command: '<%= config.bin %> lan find b8:27:eb', description: 'Where is the Raspberry Pi now? (see `netdoc lan find --help`)'},
  ]
  static override probes = true
  static override flags = {
    ...replayFlags,
    interface: portFlag('The port to check (default: the one with the default route and link).'),
    pool: poolFlag,
    listen: secondsFlag({
      description:
        'Seconds to listen on the cable and wait for DHCP offers (0 to 30; 0 skips both). A router may wait 3 s before its first offer.',
      default: 4,
      min: 0,
      max: 30,
    }),
  }

  async run(): Promise<LanReport> {
    const {flags} = await this.parse(Lan)
    const [{lanReport}, {renderLan}] = await Promise.all([
      import('../../src/capabilities/lan/report.js'),
      import('../../src/capabilities/lan/render.js'),
    ])
    const snapshot = await this.obtainSnapshot(flags.from, ['nics', 'lan'], async () => {
      const host = await this.host()
      const [{collectSnapshot}, {collectLan}] = await Promise.all([
        import('../../src/collect/snapshot.js'),
        import('../../src/capabilities/lan/collect.js'),
      ])
      const collected = await collectSnapshot(['nics'], {host})
      this.requirePort(collected, flags.interface)
      if (!this.jsonEnabled() && flags.listen > 0 && host.live) process.stderr.write(`listening on the cable for ${flags.listen} s…\n`)
      await collectLan(collected, {
        host,
        dev: flags.interface,
        listenMs: flags.listen * 1000,
        discoverMs: flags.listen * 1000,
        pool: flags.pool,
      })
      return collected
    })
    return this.finish(lanReport(snapshot), renderLan)
  }
}
